#pragma once

#include <cstdint>
#include <string>

#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace leadline::app {

// A rater is reminded at most once a day.
inline constexpr std::int64_t least_seconds_between_reminders = 24 * 60 * 60;

// Whether a rater who has not sent their answers should get a reminder now: not while an invitation or
// reminder to them still waits in the outbox, and not within a day of the last reminder.
[[nodiscard]] bool due_a_reminder(const RaterToContact& rater, std::int64_t now);

// Writes to raters: a first invitation for each nomination not yet invited, and reminders to those who
// have not sent their answers. Messages go to the outbox; a sender delivers them. Each message carries
// a new private link; only its hash is stored.
class Invitations {
  public:
    Invitations(Store& store, const Clock& clock, std::string base_url)
        : m_store(store), m_clock(clock), m_base_url(std::move(base_url)) {}

    // Returns how many invitations were queued.
    [[nodiscard]] domain::Result<int> invite_uninvited(domain::CycleId cycle);
    // Returns how many reminders were queued: to raters who have not sent their answers and are due one
    // (due_a_reminder). Only while the cycle is open.
    [[nodiscard]] domain::Result<int> remind_unanswered(domain::CycleId cycle);

  private:
    // Invitations to the uninvited, or reminders to those who have not sent their answers.
    [[nodiscard]] domain::Result<int> write_to(domain::CycleId cycle, MessageKind kind);
    [[nodiscard]] std::string link_for(const std::string& token) const;

    Store& m_store;
    const Clock& m_clock;
    std::string m_base_url;
};

} // namespace leadline::app
