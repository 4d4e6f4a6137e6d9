#pragma once

#include <cstddef>

#include "app/ports/store.hpp"

namespace leadline::app {

// What the demo wrote of the pulse after its published cycle.
struct DemoPulse {
    std::size_t rounds = 0;   // dated rounds, the first of them closed
    std::size_t subjects = 0; // subjects the first round asked about
    std::size_t invited = 0;  // rater links in the first round
    std::size_t answered = 0; // answers in the first round
};

// The pulse after the demo's published cycle: three rounds (November 2026, closed; March and September
// 2027, to come), the first asking the raters of every subject with a plan, most of whom answered. Most
// subjects are seen to change more in their focus areas than elsewhere; some are seen as better all round
// but no more so where they focused, so the page shows both readings. The same seed writes the same answers.
[[nodiscard]] domain::Result<DemoPulse> write_demo_pulse(Store& store, domain::CycleId cycle);

} // namespace leadline::app
