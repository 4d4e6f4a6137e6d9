#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "app/development/mentor_planning.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace leadline::app {

// One side of a confirmed pair, as its person sees it on their home page.
struct MentoringSide {
    MentorPair pair;
    std::string cycle_name;
    bool as_mentee = false;
    std::string other_name; // the mentor, for a mentee; the mentee, for a mentor
    std::string other_email;
    bool plan_shared = false; // the mentee's plan of that cycle is shared with the mentor
};

// Mentoring pairs an admin confirms from the matching page: kept, and each mentee and mentor told by email.
class MentoringPairs {
  public:
    MentoringPairs(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}

    // Keeps the plan's matches as the cycle's pairs (replacing any confirmed before) and emails each person
    // in a pair. Returns how many pairs were kept.
    [[nodiscard]] domain::Result<std::size_t> confirm(domain::CycleId cycle, const MentoringPlan& plan,
                                                      const std::string& base_url);
    // When the cycle's pairs were confirmed; 0 when they never were.
    [[nodiscard]] domain::Result<std::int64_t> confirmed_at(domain::CycleId cycle);
    // The pairs the person is in, newest cycle first.
    [[nodiscard]] domain::Result<std::vector<MentoringSide>> of(domain::PersonId person);

  private:
    Store& m_store;
    const Clock& m_clock;
};

} // namespace leadline::app
