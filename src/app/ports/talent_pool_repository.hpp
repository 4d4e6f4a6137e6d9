#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/core/date.hpp"
#include "domain/core/result.hpp"
#include "domain/core/strong_id.hpp"

namespace leadline::app {

// An accelerated development scheme's pool of approved people.
struct TalentPool {
    std::int64_t id = 0;
    std::string name;
    std::string purpose; // what the scheme offers, in the admin's words
    std::int64_t created_at = 0;
};

// One person's place in a pool: which review approved them, and until when.
struct PoolMembership {
    std::int64_t pool = 0;
    domain::PersonId person;
    std::int64_t review = 0;
    domain::Date expires_on;
    std::int64_t added_at = 0;
};

class TalentPoolRepository {
  public:
    virtual ~TalentPoolRepository() = default;

    // A new pool; returns its id. Conflict when a pool already has this name (any case).
    [[nodiscard]] virtual domain::Result<std::int64_t> create_pool(const TalentPool& pool) = 0;
    // Every pool, by name.
    [[nodiscard]] virtual domain::Result<std::vector<TalentPool>> pools() = 0;
    // Adds the person to the pool, or renews their place there (the review and expiry replaced).
    [[nodiscard]] virtual domain::Result<void> add_member(const PoolMembership& membership) = 0;
    // Takes the person out of the pool; false when they were not in it.
    [[nodiscard]] virtual domain::Result<bool> remove_member(std::int64_t pool, domain::PersonId person) = 0;
    // Every membership of every pool, expired ones too, by pool then person.
    [[nodiscard]] virtual domain::Result<std::vector<PoolMembership>> members() = 0;
    // One person's memberships, by pool.
    [[nodiscard]] virtual domain::Result<std::vector<PoolMembership>>
    memberships_of(domain::PersonId person) = 0;
};

} // namespace leadline::app
