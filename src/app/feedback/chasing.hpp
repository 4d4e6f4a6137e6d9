#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/feedback/cycle_administration.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace leadline::app {

// A subject is nudged to choose raters at most once a day, as raters are reminded.
inline constexpr std::int64_t least_seconds_between_nudges = 24 * 60 * 60;

// A subject who has still to choose enough raters: nobody yet, or too few in some group for its
// answers to be shown.
struct SubjectToChase {
    const domain::SubjectProgress* progress = nullptr; // within the overview it was chosen from
    std::int64_t last_nudged_at = 0;                   // 0: never
    bool message_waiting = false;                      // a nudge or their welcome still waits in the outbox
};

// Whether a subject should be nudged now: not while a message to them waits unsent, and not within a day
// of the last nudge.
[[nodiscard]] bool due_a_nudge(const SubjectToChase& subject, std::int64_t now);

// The subjects of an overview who have not nominated or have asked too few, in the overview's (name)
// order, with when each was last nudged.
[[nodiscard]] domain::Result<std::vector<SubjectToChase>> subjects_to_chase(Store& store,
                                                                            const CycleOverview& overview);

// Nudges subjects who have still to choose raters. A nudge says which groups are short and by how many,
// and carries a way in: a fresh one-time sign-in link for someone who has never set a password, the
// sign-in page otherwise. Messages go to the outbox.
class Chasing {
  public:
    Chasing(Store& store, const Clock& clock, std::string base_url)
        : m_store(store), m_clock(clock), m_base_url(std::move(base_url)) {}

    // Returns how many nudges were queued: to each subject still to choose raters who is due one. Only
    // before the cycle closes.
    [[nodiscard]] domain::Result<int> nudge_subjects(domain::CycleId cycle);

  private:
    Store& m_store;
    const Clock& m_clock;
    std::string m_base_url;
};

} // namespace leadline::app
