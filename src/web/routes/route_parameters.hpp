#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/accounts/user.hpp"
#include "domain/core/strong_id.hpp"
#include "web/routes/route_pattern.hpp"

namespace leadline::web {

// The typed parameters of the route a request matched. Dispatch has checked each value's type, so
// asking for a parameter the route's pattern names always succeeds; asking for one it does not name is
// a bug in the handler, and throws.
class RouteParameters {
  public:
    RouteParameters() = default;
    explicit RouteParameters(std::vector<ParameterValue> values) : m_values(std::move(values)) {}

    [[nodiscard]] domain::CycleId cycle() const { return domain::CycleId{id("cycle")}; }
    [[nodiscard]] domain::PersonId person() const { return domain::PersonId{id("person")}; }
    [[nodiscard]] domain::NominationId nomination() const { return domain::NominationId{id("nomination")}; }
    [[nodiscard]] std::int64_t plan() const { return id("plan"); }
    [[nodiscard]] std::int64_t message() const { return id("message"); } // an outbox message
    [[nodiscard]] domain::UserId account() const { return domain::UserId{id("account")}; }
    // An attribute page's number, counted from 1 as in its address.
    [[nodiscard]] std::size_t page() const { return static_cast<std::size_t>(id("page")); }
    [[nodiscard]] const std::string& token() const { return text("token"); }
    [[nodiscard]] const std::string& link() const { return text("link"); }
    [[nodiscard]] const std::string& file() const { return text("file"); }

    [[nodiscard]] const std::string& text(std::string_view name) const;
    [[nodiscard]] std::int64_t id(std::string_view name) const;
    [[nodiscard]] const std::vector<ParameterValue>& values() const { return m_values; }

  private:
    std::vector<ParameterValue> m_values;
};

} // namespace leadline::web
