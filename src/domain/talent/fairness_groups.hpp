#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <utility>
#include <vector>

#include "domain/people/equality.hpp"
#include "domain/talent/fairness.hpp"
#include "domain/talent/nine_box.hpp"

namespace leadline::domain {

// One person of a review's population: where they were proposed (before the meeting) and where they
// stand now.
struct ReviewedPerson {
    PersonId person;
    Placement before;
    Placement now;
};

inline constexpr std::string_view not_recorded_group = "Not recorded";

// People in each group of one characteristic, and how many of them had the outcome:
// - favourable (in a top box): among people placed in a box now;
// - adverse (moved down): among people who were proposed in a box, those the meeting moved down.
// Groups come in the organisation's order of values, then any value it no longer defines (kept as
// recorded), then "Not recorded". Groups with nobody are left out.
// What a review's fairness figures count: placed in a top box now (favourable), placed with high
// potential now (favourable: the rating where bias against women is best documented), moved down in
// calibration (adverse).
enum class ReviewOutcome { TopBox, HighPotential, MovedDown };

// Whether the person counts for the outcome at all, and whether they had it.
[[nodiscard]] std::pair<bool, bool> counted(const ReviewedPerson& person, ReviewOutcome outcome);

// As below, for any of the three; high potential counts among people placed in a box now.
[[nodiscard]] std::vector<GroupCount>
group_counts(std::span<const ReviewedPerson> people,
             const std::unordered_map<std::int64_t, EqualityRecord>& records, EqualityField field,
             const EqualityCategories& categories, ReviewOutcome outcome);

[[nodiscard]] std::vector<GroupCount>
group_counts(std::span<const ReviewedPerson> people,
             const std::unordered_map<std::int64_t, EqualityRecord>& records, EqualityField field,
             const EqualityCategories& categories, OutcomeKind kind);

} // namespace leadline::domain
