#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/ports/store.hpp"
#include "domain/grouping/learning_sets.hpp"

namespace leadline::app {

// The people directory as development planning needs it: everyone by id and by email, and each
// unit's names, read once.
struct Directory {
    std::unordered_map<std::int64_t, domain::Person> by_id;
    std::unordered_map<std::string, std::int64_t> id_of_email;
    std::unordered_map<std::int64_t, std::vector<std::string>> unit_names;

    // The person's unit names, top first (empty when the unit is unknown).
    [[nodiscard]] std::vector<std::string> units_of(const domain::Person& person) const;
    // Their managers' emails, nearest first, up to the top.
    [[nodiscard]] std::vector<std::string> line_chain(const domain::Person& person) const;
    [[nodiscard]] domain::SetParticipant participant(const domain::Person& person) const;
};

[[nodiscard]] domain::Result<Directory> read_directory(Store& store);

} // namespace leadline::app
