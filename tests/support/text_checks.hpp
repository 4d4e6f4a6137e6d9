#pragma once

#include <string>
#include <string_view>

namespace leadline::testing {

// Whether `part` appears anywhere in `text`: what a person reading the page or file would find.
[[nodiscard]] inline bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

} // namespace leadline::testing
