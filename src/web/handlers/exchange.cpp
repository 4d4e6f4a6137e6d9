#include "web/handlers/exchange.hpp"

#include <stdexcept>

#include "web/views/site_navigation.hpp"

namespace leadline::web {

app::Store& Exchange::store() const {
    if (database == nullptr) {
        throw std::logic_error("a route marked as using no database asked for it");
    }
    return *database;
}

const app::SignedIn& Exchange::signed_in() const {
    if (who == nullptr) {
        throw std::logic_error("a route open to everyone asked who is signed in");
    }
    return *who;
}

std::string Exchange::field(std::string_view name) const {
    for (const auto& candidate : form) {
        if (candidate.name == name) {
            return candidate.value;
        }
    }
    return {};
}

Viewer Exchange::viewer(const std::string& current_href) const {
    return viewer_for(signed_in(), current_href);
}

} // namespace leadline::web
