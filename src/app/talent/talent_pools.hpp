#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/ports/store.hpp"
#include "domain/talent/talent_pool.hpp"

namespace leadline::app {

// Starts a pool for a scheme. InvalidInput for a name that is too short or long (domain::pool_name_problem)
// or a purpose over 1,000 characters; Conflict when a pool already has the name.
[[nodiscard]] domain::Result<std::int64_t> create_talent_pool(Store& store, const std::string& name,
                                                              const std::string& purpose, std::int64_t now);

// Puts someone a closed review placed into a pool until the expiry date, or renews their place there.
// NotFound for no such review, person in it, or pool; FailedPrecondition while the review is still open
// (approval follows the meeting's decision) or when the review did not place them in a box;
// InvalidInput for an expiry date that is not after today or more than three years on.
[[nodiscard]] domain::Result<void> add_to_talent_pool(Store& store, std::int64_t review,
                                                      domain::PersonId person, std::int64_t pool,
                                                      const domain::Date& expires_on, std::int64_t now);

// One membership as the pools page lists it.
struct PoolRow {
    domain::PoolCandidate candidate;
    std::string name;
    std::string unit;
    std::string pool_name;
    std::int64_t review = 0;
    std::string review_name;
    bool expired = false;
    bool left = false; // the person has left the organisation
};

struct PoolSearchResult {
    std::vector<TalentPool> pools;
    std::vector<std::string> professions; // every profession and region among members, for the filters
    std::vector<std::string> regions;
    std::vector<PoolRow> rows; // those matching, by name
    std::size_t members = 0;   // memberships in all, before the search
};

// Every membership that matches the search (domain::matches_pool_search), with who the person is and what
// the review that approved them said; leavers count as expired (shown only with include_expired).
[[nodiscard]] domain::Result<PoolSearchResult>
search_talent_pools(Store& store, const domain::PoolSearch& search, const domain::Date& today);

// A person's own places in pools, for their page.
struct OwnPoolPlace {
    std::string pool_name;
    std::string purpose;
    std::int64_t review = 0;
    domain::Date expires_on;
    bool expired = false;
};

[[nodiscard]] domain::Result<std::vector<OwnPoolPlace>> own_pool_places(Store& store, domain::PersonId person,
                                                                        const domain::Date& today);

} // namespace leadline::app
