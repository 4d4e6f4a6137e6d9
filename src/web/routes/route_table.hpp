#pragma once

#include <span>
#include <string>
#include <vector>

#include "web/http/request.hpp"
#include "web/routes/route.hpp"
#include "web/routes/route_parameters.hpp"
#include "web/routes/route_pattern.hpp"

namespace leadline::web {

// Where a request's method and path lead in a route table.
struct Resolution {
    const Route* route = nullptr; // the route for this method and path; null when there is none
    RouteParameters parameters;
    // When there is no route: the methods of the routes whose pattern fits the path, for a 405's Allow
    // (empty: no such path).
    std::vector<RouteMethod> methods_for_path;
    const Area* area = nullptr; // the area the path falls in, if any
};

// Routes as data: the table is read once, every pattern checked, and requests are resolved against it
// in the order the rows are written.
class RouteTable {
  public:
    // Throws std::logic_error for a pattern that does not parse: a table that cannot work never serves.
    RouteTable(std::vector<Route> routes, std::vector<Area> areas);

    [[nodiscard]] Resolution resolve(Method method, std::string_view path) const;
    [[nodiscard]] std::span<const Route> routes() const { return m_routes; }
    [[nodiscard]] std::span<const Area> areas() const { return m_areas; }
    [[nodiscard]] const RoutePattern& pattern_of(const Route& route) const;

  private:
    std::vector<Route> m_routes;
    std::vector<RoutePattern> m_patterns; // one per route, in the same order
    std::vector<Area> m_areas;
};

// The product's routes: every address Leadline answers (product_routes.cpp).
[[nodiscard]] const RouteTable& product_routes();

// The value of an Allow header for these methods: "GET, HEAD, POST".
[[nodiscard]] std::string allow_header(const std::vector<RouteMethod>& methods);
[[nodiscard]] std::string_view method_name(RouteMethod method);
[[nodiscard]] std::string_view audience_name(Audience audience);
[[nodiscard]] std::string_view form_token_name(FormToken token);

} // namespace leadline::web
