#pragma once

#include <cstddef>

#include "app/demo/demo_data.hpp"
#include "app/ports/store.hpp"

namespace leadline::app {

// What the demo wrote about development after its published cycle.
struct DemoPlans {
    std::size_t plans = 0;
    std::size_t shared = 0;
    std::size_t check_ins = 0;
    std::size_t habit_weeks = 0; // weeks of micro-actions tried, across all plans
};

// Development plans for most subjects of the demo's published cycle, written a few days after its
// reports: one or two of each report's focus areas with a goal, the framework's ideas, a date to look
// back, helpers; some shared with the line manager; micro-actions tried week by week; check-ins through
// October and November. Who gets
// what follows from the subject's place in the list, so the same seed writes the same plans.
[[nodiscard]] domain::Result<DemoPlans> write_demo_plans(Store& store, const DemoData& demo,
                                                         domain::CycleId cycle);

} // namespace leadline::app
