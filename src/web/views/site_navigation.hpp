#pragma once

#include <string>

#include "app/accounts/accounts.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// Where each role starts after signing in.
[[nodiscard]] std::string home_of(domain::Role role);
// What the header shows a signed-in person: their pages and the sign-out form, with the link to
// `current_href` marked as the page shown.
[[nodiscard]] Viewer viewer_for(const app::SignedIn& who, const std::string& current_href);

} // namespace leadline::web
