#include "app/text/base64_text.hpp"

#include <vector>

#include <sodium.h>

namespace leadline::app {

namespace {
constexpr int variant = sodium_base64_VARIANT_ORIGINAL;
}

std::string to_base64(std::string_view bytes) {
    std::vector<char> text(sodium_base64_ENCODED_LEN(bytes.size(), variant));
    sodium_bin2base64(text.data(), text.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                      bytes.size(), variant);
    return std::string(text.data());
}

std::optional<std::string> from_base64(std::string_view text) {
    std::string bytes(text.size() / 4 * 3 + 3, '\0');
    std::size_t length = 0;
    const char* end = nullptr;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(), text.data(),
                          text.size(), nullptr, &length, &end, variant) != 0 ||
        end != text.data() + text.size()) {
        return std::nullopt;
    }
    bytes.resize(length);
    return bytes;
}

} // namespace leadline::app
