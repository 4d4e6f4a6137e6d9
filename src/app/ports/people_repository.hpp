#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/core/result.hpp"
#include "domain/people/org_unit.hpp"
#include "domain/people/person.hpp"

namespace leadline::app {

// The people directory and the organisation's units.
class PeopleRepository {
  public:
    virtual ~PeopleRepository() = default;

    // The unit at this path, creating it and any missing parents.
    [[nodiscard]] virtual domain::Result<domain::UnitId>
    ensure_unit(const std::vector<std::string>& names) = 0;
    [[nodiscard]] virtual domain::Result<std::vector<domain::OrgUnit>> units() = 0;
    // Inserts a person, or updates the person with the same email; returns their id.
    [[nodiscard]] virtual domain::Result<domain::PersonId> save_person(const domain::Person& person) = 0;
    [[nodiscard]] virtual domain::Result<std::optional<domain::Person>>
    find_person(std::string_view email) = 0;
    [[nodiscard]] virtual domain::Result<std::optional<domain::Person>> person(domain::PersonId id) = 0;
    // People who have not left whose name or email contains the text (any case), ordered by name, at most
    // `limit`.
    [[nodiscard]] virtual domain::Result<std::vector<domain::Person>> search_people(const std::string& text,
                                                                                    int limit) = 0;
    // Everyone, ordered by email.
    [[nodiscard]] virtual domain::Result<std::vector<domain::Person>> people() = 0;
    // Erases a person on request: their entry keeps its id but holds nothing about them (`placeholder` as
    // its email); everything about them as a subject goes (nominations, answers, comments); as a rater,
    // their comments go and their ratings stay, no longer linked to them; their account, emails,
    // learning-set places, protected characteristics and talent review entries about them go; people they
    // managed have no line manager. Runs in the caller's transaction.
    [[nodiscard]] virtual domain::Result<void> erase_person(domain::PersonId person,
                                                            const std::string& placeholder) = 0;
    // The people whose line manager this person is, ordered by name.
    [[nodiscard]] virtual domain::Result<std::vector<domain::Person>>
    managed_by(domain::PersonId manager) = 0;
};

} // namespace leadline::app
