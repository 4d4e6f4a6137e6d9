#pragma once

#include <string>
#include <string_view>

namespace leadline::domain {

// The text without the spaces, tabs and line ends around it.
[[nodiscard]] std::string_view trimmed_view(std::string_view text);

// The text in lower case (ASCII letters only: values compared this way are typed by admins in English).
[[nodiscard]] std::string lowered(std::string_view text);

// How many characters were written, leaving out the blanks around them.
[[nodiscard]] inline std::size_t written_length(std::string_view text) {
    return trimmed_view(text).size();
}

} // namespace leadline::domain
