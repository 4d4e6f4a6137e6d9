#pragma once

#include <optional>
#include <unordered_map>
#include <vector>

#include "domain/core/result.hpp"
#include "domain/core/strong_id.hpp"
#include "domain/people/equality.hpp"

namespace leadline::app {

// A change to one recorded field of one person: a value, or none to clear what was recorded.
struct EqualityChange {
    domain::PersonId person;
    domain::EqualityField field = domain::EqualityField::Sex;
    std::optional<std::string> value;
};

// What the organisation records about its people's protected characteristics. Read in bulk for
// figures about groups; nothing here is ever shown about one person.
class EqualityRepository {
  public:
    virtual ~EqualityRepository() = default;

    // The values the organisation has defined; none when it has never saved any (the defaults apply).
    [[nodiscard]] virtual domain::Result<std::optional<domain::EqualityCategories>> equality_categories() = 0;
    [[nodiscard]] virtual domain::Result<void>
    save_equality_categories(const domain::EqualityCategories& categories) = 0;
    [[nodiscard]] virtual domain::Result<void> save_equality(const std::vector<EqualityChange>& changes) = 0;
    // Everything recorded, by person id.
    [[nodiscard]] virtual domain::Result<std::unordered_map<std::int64_t, domain::EqualityRecord>>
    equality_records() = 0;
};

} // namespace leadline::app
