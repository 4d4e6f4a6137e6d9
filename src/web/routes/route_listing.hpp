#pragma once

#include <string>

#include "web/routes/route_table.hpp"

namespace leadline::web {

// The table as text, a route per line: method, pattern, audience, form token, and what it is for;
// then the areas. What `leadline routes` prints.
[[nodiscard]] std::string describe_routes(const RouteTable& table);

} // namespace leadline::web
