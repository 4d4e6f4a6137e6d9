#include "domain/development/habits.hpp"

#include <algorithm>

namespace leadline::domain {

Date week_starting(Date day) {
    const std::chrono::weekday weekday{day.day()};
    // c_encoding: Sunday 0, Monday 1 ... Saturday 6; days back to Monday.
    const auto back = (weekday.c_encoding() + 6) % 7;
    return Date(day.day() - std::chrono::days(back));
}

bool in_week(Date week_start, Date day) {
    return week_start <= day && day.day() < week_start.day() + std::chrono::days(7);
}

std::vector<HabitTally> tally_habits(std::span<const HabitWeek> weeks) {
    std::vector<HabitTally> tallies;
    for (const auto& week : weeks) {
        for (const auto& answer : week.answers) {
            auto found = std::find_if(tallies.begin(), tallies.end(), [&](const HabitTally& tally) {
                return tally.micro_action == answer.micro_action;
            });
            if (found == tallies.end()) {
                tallies.push_back({answer.micro_action, 0, 0, 0});
                found = std::prev(tallies.end());
            }
            ++found->weeks;
            if (answer.did) {
                ++(*answer.did ? found->done : found->not_yet);
            }
        }
    }
    return tallies;
}

std::optional<std::string> check_habit_picks(std::span<const std::string> picks,
                                             const DevelopmentPlan& plan) {
    for (const auto& pick : picks) {
        const bool in_plan = std::any_of(plan.focus.begin(), plan.focus.end(), [&](const PlanFocus& focus) {
            return std::find(focus.micro_actions.begin(), focus.micro_actions.end(), pick) !=
                   focus.micro_actions.end();
        });
        if (!in_plan) {
            return "Choose micro-actions from your plan. To try another, add it to your plan first.";
        }
    }
    return std::nullopt;
}

} // namespace leadline::domain
