#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/core/date.hpp"
#include "domain/core/result.hpp"
#include "domain/core/strong_id.hpp"
#include "domain/talent/nine_box.hpp"

namespace leadline::domain {

// A pool is the set of people approved for one accelerated development scheme. A person joins it from a
// closed talent review, for a set time: an approval is a judgement at one moment, so it runs out unless
// someone renews it.

// The longest a membership may run before it must be renewed.
inline constexpr int longest_pool_membership_days = 3 * 366;

// Why an expiry date cannot be used, or nothing when it can: it must be after today and no more than
// three years on.
[[nodiscard]] std::optional<std::string> pool_expiry_problem(const Date& expires_on, const Date& today);

// What a pool name must be: some words, not too long. Empty when it is fine.
[[nodiscard]] std::optional<std::string> pool_name_problem(std::string_view name);

// One person in one pool, with what the review that admitted them said.
struct PoolCandidate {
    PersonId person;
    std::int64_t pool = 0;
    Date expires_on;
    std::string profession;
    std::string region;
    Placement placement;
    // The line manager's level on each indicator in that review (indicator id to level); an indicator
    // with no level yet is absent.
    std::map<std::string, int> levels;
};

// What an admin looks for. Empty fields do not narrow the search.
struct PoolSearch {
    std::optional<std::int64_t> pool;
    std::string profession;
    std::string region;
    std::string indicator; // with at_least: a level on this indicator at or above it
    int at_least = 0;
    bool include_expired = false;
};

// A membership has expired once its expiry date has passed; it still counts on the day itself.
[[nodiscard]] bool pool_membership_expired(const PoolCandidate& candidate, const Date& today);

// Whether a candidate meets every part of a search (profession and region compared without regard to
// case or surrounding spaces).
[[nodiscard]] bool matches_pool_search(const PoolCandidate& candidate, const PoolSearch& search,
                                       const Date& today);

} // namespace leadline::domain
