#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/core/result.hpp"
#include "domain/core/strong_id.hpp"

namespace leadline::app {

// Learning sets as saved: who is in which set. Descriptions are worked out again from the people
// directory when shown, so a saved plan never shows stale units or grades.
struct SavedLearningSets {
    std::int64_t id = 0;
    std::string name;
    std::int64_t created_at = 0;
    std::optional<domain::CycleId> cycle; // the cycle whose subjects they were formed from, if any
    std::vector<std::vector<domain::PersonId>> sets;
    std::int64_t confirmed_at = 0; // when an admin confirmed them and members were told; 0: not yet
};

struct LearningSetsSummary {
    std::int64_t id = 0;
    std::string name;
    std::int64_t created_at = 0;
    std::optional<domain::CycleId> cycle;
    std::size_t sets = 0;
    std::size_t people = 0;
    std::int64_t confirmed_at = 0;
};

class LearningSetRepository {
  public:
    virtual ~LearningSetRepository() = default;

    // Saves the sets under a name and returns their id.
    [[nodiscard]] virtual domain::Result<std::int64_t> save_learning_sets(const SavedLearningSets& sets) = 0;
    // Every saved plan, newest first.
    [[nodiscard]] virtual domain::Result<std::vector<LearningSetsSummary>> learning_set_plans() = 0;
    [[nodiscard]] virtual domain::Result<std::optional<SavedLearningSets>> learning_sets(std::int64_t id) = 0;
    // Marks the plan confirmed at this time, unless it already is: true when this call confirmed it, so that
    // two admins pressing the button at once tell the members only once.
    [[nodiscard]] virtual domain::Result<bool> confirm_learning_sets(std::int64_t id, std::int64_t at) = 0;
    // The confirmed plans the person is a member of, newest first.
    [[nodiscard]] virtual domain::Result<std::vector<std::int64_t>>
    confirmed_learning_sets_with(domain::PersonId person) = 0;
};

} // namespace leadline::app
