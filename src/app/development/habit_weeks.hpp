#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "domain/development/habits.hpp"

namespace leadline::app {

// One week of micro-actions as its private link shows it.
struct HabitWeekView {
    HabitWeekLink link;
    std::string owner_name;
    domain::HabitWeek week;
    bool current = false; // the week is this week: answers are taken
    bool nudges = true;
};

// Micro-actions tried as habits: picking them, the weekly email with its private link, and answering
// "did it" or "not yet" through that link or on the plan's page.
class HabitWeeks {
  public:
    HabitWeeks(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}

    // Picks the micro-actions to try from the plan's own; a problem (to show by the field) or nothing.
    [[nodiscard]] domain::Result<std::optional<std::string>> pick(const domain::DevelopmentPlan& plan,
                                                                  const std::vector<std::string>& picks);
    // This week as the owner's page shows it: as started (by its email or an answer), or else the current
    // picks, none answered. Reading it starts nothing, so the week's email still goes.
    [[nodiscard]] domain::Result<domain::HabitWeek> this_week(const domain::DevelopmentPlan& plan);
    // The owner answers for this week on their page, starting the week if it was not; InvalidInput for a
    // micro-action not in this week.
    [[nodiscard]] domain::Result<void> answer_this_week(const domain::DevelopmentPlan& plan,
                                                        const std::string& micro_action, bool did);

    // A week through its private link; nullopt for a link that is unknown, or whose plan is gone.
    [[nodiscard]] domain::Result<std::optional<HabitWeekView>> by_link(const std::string& token);
    // Answers through the link. FailedPrecondition (said kindly) once its week is over; InvalidInput for a
    // micro-action not in that week.
    [[nodiscard]] domain::Result<void> answer_by_link(const HabitWeekView& view,
                                                      const std::string& micro_action, bool did);
    // Stops (or restarts) the weekly email through the link.
    [[nodiscard]] domain::Result<void> set_nudges(const HabitWeekLink& link, bool on);

    // Starts this week for every plan due its email and queues the email with the week's private link.
    // Returns how many were queued. Safe to run often: a week is started once.
    [[nodiscard]] domain::Result<std::size_t> queue_nudges(const std::string& base_url);

  private:
    Store& m_store;
    const Clock& m_clock;
};

} // namespace leadline::app
