#pragma once

#include <cstddef>

#include "app/ports/store.hpp"

namespace leadline::app {

// What the demo wrote of mentoring after its published cycle.
struct DemoMentoring {
    std::size_t pairs = 0;
    std::size_t plans_shared = 0; // mentees' plans shared with their mentor
};

// Mentoring after the demo's published cycle: the matching an admin would see on the page (two mentees per
// mentor), confirmed on 12 October 2026 (no emails: that day is past), and every third mentee with a plan
// sharing it with their mentor.
[[nodiscard]] domain::Result<DemoMentoring> write_demo_mentoring(Store& store, domain::CycleId cycle);

} // namespace leadline::app
