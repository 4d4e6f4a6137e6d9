#include "web/http/security_headers.hpp"

namespace leadline::web {

void apply_security_headers(Response& response) {
    response.set_header("Content-Security-Policy",
                        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                        "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                        "frame-ancestors 'none'");
    response.set_header("X-Content-Type-Options", "nosniff");
    response.set_header("Referrer-Policy", "no-referrer");
    response.set_header("X-Frame-Options", "DENY");
    if (response.header("Cache-Control") == nullptr) {
        response.set_header("Cache-Control", "no-store");
    }
}

std::string cookie_header(const std::string& name, const std::string& value, Transport transport,
                          long max_age_seconds) {
    return name + "=" + value + "; Path=/; Max-Age=" + std::to_string(max_age_seconds) +
           "; HttpOnly; SameSite=Lax" + (transport == Transport::Https ? "; Secure" : "");
}

} // namespace leadline::web
