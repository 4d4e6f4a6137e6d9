#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace leadline::app {

// Text as base64, so that a file can travel in a hidden form field byte for byte (a browser would turn its
// line ends into others inside an attribute).
[[nodiscard]] std::string to_base64(std::string_view bytes);
// The bytes back; nothing when the text is not base64.
[[nodiscard]] std::optional<std::string> from_base64(std::string_view text);

} // namespace leadline::app
