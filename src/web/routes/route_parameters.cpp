#include "web/routes/route_parameters.hpp"

#include <stdexcept>

#include "web/http/request.hpp"

namespace leadline::web {

const std::string& RouteParameters::text(std::string_view name) const {
    for (const auto& value : m_values) {
        if (value.name == name) {
            return value.value;
        }
    }
    throw std::logic_error("a handler asked for the parameter {" + std::string(name) +
                           "}, which its route does not have");
}

std::int64_t RouteParameters::id(std::string_view name) const {
    const auto number = positive_id(text(name));
    if (!number) {
        throw std::logic_error("the parameter {" + std::string(name) + "} is not a number");
    }
    return *number;
}

} // namespace leadline::web
