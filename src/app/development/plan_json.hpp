#pragma once

#include <string>

#include "app/development/development_plans.hpp"

namespace leadline::app {

// A plan as JSON for /api/v1: its owner and cycle, whether it is shared, each focus area (attribute id
// and name, goal, reason, chosen ideas with their effort, review date, helpers) and the check-ins.
// Before the first save, "plan" is null. Dates are ISO 8601 days; times, seconds since 1970.
[[nodiscard]] std::string plan_json(const PlanContext& context);

} // namespace leadline::app
