#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/core/result.hpp"
#include "domain/core/strong_id.hpp"
#include "domain/framework/framework.hpp"

namespace leadline::app {

// A mentor and mentee an admin confirmed after a cycle, with why they were matched.
struct MentorPair {
    domain::CycleId cycle;
    domain::PersonId mentee;
    domain::PersonId mentor;
    double fit = 0.0;
    std::string reason;
    std::int64_t confirmed_at = 0;
};

// What one person chose or declared for mentoring after a cycle, beyond what their report says.
struct MentoringChoice {
    std::int64_t person = 0;
    std::vector<domain::AttributeId> develop;   // chosen development areas: replace the report's focus
    bool wants_mentor = true;                   // false: they do not want a mentor
    std::vector<domain::AttributeId> strengths; // declared strengths: make them a possible mentor
    std::optional<int> capacity;                // their own capacity as a mentor; 0 opts out
};

// Confirmed mentoring pairs, and what people chose for mentoring.
class MentoringRepository {
  public:
    virtual ~MentoringRepository() = default;

    // Replaces the cycle's pairs with these.
    [[nodiscard]] virtual domain::Result<void> save_mentor_pairs(domain::CycleId cycle,
                                                                 const std::vector<MentorPair>& pairs) = 0;
    // The cycle's pairs, by mentee.
    [[nodiscard]] virtual domain::Result<std::vector<MentorPair>> mentor_pairs(domain::CycleId cycle) = 0;
    // Every pair the person is in, as mentee or mentor, newest cycle first.
    [[nodiscard]] virtual domain::Result<std::vector<MentorPair>> pairs_with(domain::PersonId person) = 0;

    // Keeps the person's choice for the cycle, replacing any before.
    [[nodiscard]] virtual domain::Result<void>
    save_mentoring_choice(domain::CycleId cycle, const MentoringChoice& choice, std::int64_t at) = 0;
    // Everyone's choices for the cycle, by person.
    [[nodiscard]] virtual domain::Result<std::vector<MentoringChoice>>
    mentoring_choices(domain::CycleId cycle) = 0;
    [[nodiscard]] virtual domain::Result<std::optional<MentoringChoice>>
    mentoring_choice(domain::CycleId cycle, domain::PersonId person) = 0;
};

} // namespace leadline::app
