#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/core/result.hpp"
#include "domain/core/strong_id.hpp"

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

// Confirmed mentoring pairs.
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
};

} // namespace leadline::app
