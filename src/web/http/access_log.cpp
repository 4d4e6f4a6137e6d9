#include "web/http/access_log.hpp"

namespace leadline::web {

std::string loggable_path(std::string_view path) {
    const auto query = path.find('?');
    path = path.substr(0, query);
    // Every route that carries a secret in its path: rater links and one-time sign-in links.
    for (const std::string_view prefix : {"/r/", "/sign-in/"}) {
        if (path.substr(0, prefix.size()) == prefix) {
            const auto rest = path.substr(prefix.size());
            const auto slash = rest.find('/');
            return std::string(prefix) + "[token]" +
                   (slash == std::string_view::npos ? std::string{} : std::string(rest.substr(slash)));
        }
    }
    return std::string(path);
}

} // namespace leadline::web
