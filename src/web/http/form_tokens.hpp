#pragma once

#include <string>
#include <string_view>

namespace leadline::web {

inline constexpr const char* session_cookie_name = "leadline_session";
// Holds the form token of the sign-in page, before anyone is signed in (double submit).
inline constexpr const char* sign_in_form_cookie_name = "leadline_form";

// The form token on a rater's pages: derived from their private link, so that a page on another site
// cannot forge a post without knowing the link.
[[nodiscard]] std::string rater_form_token(std::string_view token);
// The form token on the choose-a-password page: derived from the one-time link, like a rater's.
[[nodiscard]] std::string link_form_token(std::string_view link);

} // namespace leadline::web
