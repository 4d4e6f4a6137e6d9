#pragma once

#include <cstddef>

#include "app/ports/store.hpp"

namespace leadline::app {

// What the demo wrote of learning sets after its published cycle.
struct DemoLearningSets {
    std::size_t sets = 0;
    std::size_t people = 0;
};

// Learning sets of the published cycle's subjects, six to eight a set, formed by a short search with a fixed
// seed (so every demo has the same sets), saved as an admin would from the page and confirmed on 12 October
// 2026 (no emails: that day is past), so that members see their set on their home page.
[[nodiscard]] domain::Result<DemoLearningSets> write_demo_learning_sets(Store& store, domain::CycleId cycle);

} // namespace leadline::app
