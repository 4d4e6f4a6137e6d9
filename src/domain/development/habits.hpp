#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "domain/core/date.hpp"
#include "domain/development/development_plan.hpp"

namespace leadline::domain {

// Micro-actions tried as habits: each week a person tries the micro-actions they picked from their plan,
// and says for each whether they did it. Weeks run Monday to Sunday (UTC).

// The Monday that starts the week `day` is in.
[[nodiscard]] Date week_starting(Date day);
// Whether `day` falls in the week starting `week_start`.
[[nodiscard]] bool in_week(Date week_start, Date day);

// One micro-action of one week, and what its owner said about it (nothing yet: nullopt).
struct HabitAnswer {
    std::string micro_action;
    std::optional<bool> did;
};

struct HabitWeek {
    Date week_start;
    std::vector<HabitAnswer> answers;
};

// For one micro-action across the weeks it was tried: weeks it was picked, weeks done, weeks "not yet".
struct HabitTally {
    std::string micro_action;
    int weeks = 0;
    int done = 0;
    int not_yet = 0;
};

// The tally per micro-action, in the order each first appears (weeks oldest first).
[[nodiscard]] std::vector<HabitTally> tally_habits(std::span<const HabitWeek> weeks);

// The problem with picking these micro-actions for the week, if any: each must be one the plan chose.
[[nodiscard]] std::optional<std::string> check_habit_picks(std::span<const std::string> picks,
                                                           const DevelopmentPlan& plan);

} // namespace leadline::domain
