#pragma once

#include "web/http/response.hpp"

namespace leadline::web {

enum class Transport { Http, Https };

// Adds the headers every response carries: a Content-Security-Policy that allows no inline script
// and no framing, nosniff, no referrer (rater links carry tokens), and no caching of pages.
void apply_security_headers(Response& response);

// A Set-Cookie value: HttpOnly and SameSite=Lax always, Secure when served over https.
[[nodiscard]] std::string cookie_header(const std::string& name, const std::string& value,
                                        Transport transport, long max_age_seconds);

} // namespace leadline::web
