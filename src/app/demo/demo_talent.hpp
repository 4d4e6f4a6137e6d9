#pragma once

#include <cstddef>
#include <cstdint>

#include "app/frameworks/framework_catalog.hpp"
#include "app/ports/store.hpp"

namespace leadline::app {

// The demo's talent reviews: one department's in its calibration meeting (assessments, proposed
// placements, reviewers' views before the meeting, and moves made in it), another's with line
// managers still assessing, and last year's review of a third, closed, whose high-potential people are in
// a talent pool. One reviewer in the first rates women's potential a level lower than the
// evidence they write supports, the bias the fairness view is there to catch.
struct DemoTalent {
    std::int64_t calibrating_review = 0;
    std::int64_t assessing_review = 0;
    std::int64_t closed_review = 0;
    std::int64_t pool = 0;
    std::size_t pool_members = 0; // whose places have not expired
    std::size_t people = 0;       // in all three reviews
    std::size_t assessments = 0;
    std::size_t moves = 0;
    domain::PersonId biased_reviewer;
};

// Writes them from the demo's people and equality information, drawn from its own random stream.
// Nothing is written, and nothing returned, when the directory lacks the demo's departments or the
// framework is not one for talent reviews.
[[nodiscard]] domain::Result<std::optional<DemoTalent>>
write_demo_talent(Store& store, const LoadedFramework& framework, std::uint64_t seed, std::int64_t now);

} // namespace leadline::app
