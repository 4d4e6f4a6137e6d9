#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/core/result.hpp"
#include "domain/development/habits.hpp"

namespace leadline::app {

// Whose week a habit link is for.
struct HabitWeekLink {
    domain::CycleId cycle;
    domain::PersonId person;
    domain::Date week_start;
};

// A plan whose owner is due this week's nudge.
struct HabitNudgeDue {
    domain::CycleId cycle;
    domain::PersonId person;
    std::string email;
    std::string name;
};

// The micro-actions people picked to try each week, what they said they did, and whether they get the
// weekly email.
class HabitRepository {
  public:
    virtual ~HabitRepository() = default;

    // Replaces the person's picks (micro-actions in their plan's wording).
    [[nodiscard]] virtual domain::Result<void> set_habit_picks(domain::CycleId cycle, domain::PersonId person,
                                                               const std::vector<std::string>& picks,
                                                               std::int64_t now) = 0;
    [[nodiscard]] virtual domain::Result<std::vector<std::string>> habit_picks(domain::CycleId cycle,
                                                                               domain::PersonId person) = 0;
    // Turns the weekly email on or off. NotFound without a plan.
    [[nodiscard]] virtual domain::Result<void> set_habit_nudges(domain::CycleId cycle,
                                                                domain::PersonId person, bool on) = 0;
    // Starts a week: its private link (by its hash) and a row per current pick, none answered. Returns
    // false, changing nothing, when the week was started before.
    [[nodiscard]] virtual domain::Result<bool>
    start_habit_week(domain::CycleId cycle, domain::PersonId person, domain::Date week_start,
                     const std::string& token_hash, std::int64_t now) = 0;
    [[nodiscard]] virtual domain::Result<std::optional<HabitWeekLink>>
    habit_week_by_token(const std::string& token_hash) = 0;
    // Every started week of the plan, oldest first.
    [[nodiscard]] virtual domain::Result<std::vector<domain::HabitWeek>>
    habit_weeks(domain::CycleId cycle, domain::PersonId person) = 0;
    // Records did it (true) or not yet (false) for a micro-action of a started week; false when the week
    // has no such micro-action. Saying the same twice leaves one answer.
    [[nodiscard]] virtual domain::Result<bool> answer_habit(domain::CycleId cycle, domain::PersonId person,
                                                            domain::Date week_start,
                                                            const std::string& micro_action, bool did,
                                                            std::int64_t now) = 0;
    // Plans due the week starting `week_start`'s email: nudges on, picks made before the week began, the
    // week not started yet, and an owner who has not left.
    [[nodiscard]] virtual domain::Result<std::vector<HabitNudgeDue>>
    habit_nudges_due(domain::Date week_start) = 0;
};

} // namespace leadline::app
