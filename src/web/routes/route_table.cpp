#include "web/routes/route_table.hpp"

#include <algorithm>
#include <stdexcept>

namespace leadline::web {

namespace {

bool answers(RouteMethod route, Method request) {
    switch (route) {
    case RouteMethod::Get:
        return request == Method::Get || request == Method::Head;
    case RouteMethod::Post:
        return request == Method::Post;
    }
    return false;
}

bool in_area(const Area& area, std::string_view path) {
    return path == area.prefix || (path.starts_with(area.prefix) && path.size() > area.prefix.size() &&
                                   path[area.prefix.size()] == '/');
}

} // namespace

RouteTable::RouteTable(std::vector<Route> routes, std::vector<Area> areas)
    : m_routes(std::move(routes)), m_areas(std::move(areas)) {
    m_patterns.reserve(m_routes.size());
    for (const auto& route : m_routes) {
        auto parsed = RoutePattern::parse(route.pattern);
        if (!parsed) {
            throw std::logic_error(parsed.error().message);
        }
        m_patterns.push_back(std::move(*parsed));
    }
}

const RoutePattern& RouteTable::pattern_of(const Route& route) const {
    return m_patterns.at(static_cast<std::size_t>(&route - m_routes.data()));
}

Resolution RouteTable::resolve(Method method, std::string_view path) const {
    Resolution resolution;
    const auto segments = split_path(path);
    for (std::size_t i = 0; i < m_routes.size(); ++i) {
        const auto& route = m_routes[i];
        auto values = m_patterns[i].match(segments);
        if (!values) {
            continue;
        }
        if (std::find(resolution.methods_for_path.begin(), resolution.methods_for_path.end(), route.method) ==
            resolution.methods_for_path.end()) {
            resolution.methods_for_path.push_back(route.method);
        }
        if (answers(route.method, method)) {
            resolution.route = &route;
            resolution.parameters = RouteParameters(std::move(*values));
            break;
        }
    }
    for (const auto& area : m_areas) {
        if (in_area(area, path)) {
            resolution.area = &area;
            break;
        }
    }
    return resolution;
}

std::string allow_header(const std::vector<RouteMethod>& methods) {
    std::string allow;
    auto add = [&](std::string_view name) { allow += (allow.empty() ? "" : ", ") + std::string(name); };
    if (std::find(methods.begin(), methods.end(), RouteMethod::Get) != methods.end()) {
        add("GET");
        add("HEAD");
    }
    if (std::find(methods.begin(), methods.end(), RouteMethod::Post) != methods.end()) {
        add("POST");
    }
    return allow;
}

std::string_view method_name(RouteMethod method) {
    return method == RouteMethod::Get ? "GET" : "POST";
}

std::string_view audience_name(Audience audience) {
    switch (audience) {
    case Audience::Anyone:
        return "anyone";
    case Audience::LinkHolder:
        return "link holder";
    case Audience::SignedIn:
        return "signed in";
    case Audience::Admin:
        return "admin";
    case Audience::HrTeam:
        return "admin or HR viewer";
    case Audience::Participant:
        return "participant";
    }
    return "?";
}

std::string_view form_token_name(FormToken token) {
    switch (token) {
    case FormToken::None:
        return "-";
    case FormToken::Session:
        return "session";
    case FormToken::RaterLink:
        return "rater link";
    case FormToken::SignInLink:
        return "sign-in link";
    case FormToken::SignInCookie:
        return "sign-in cookie";
    }
    return "?";
}

} // namespace leadline::web
