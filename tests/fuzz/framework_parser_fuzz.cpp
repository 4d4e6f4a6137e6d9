// libFuzzer target: the framework loader must report problems, never crash, on any input.
#include <cstddef>
#include <cstdint>
#include <string>

#include "app/frameworks/framework_parser.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const auto parse = leadline::app::parse_framework(text, "fuzz.yaml");
    // Either a framework or problems, never both and never neither.
    if (parse.framework.has_value() == !parse.problems.empty()) {
        __builtin_trap();
    }
    return 0;
}
