#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/ports/store.hpp"
#include "app/text/csv_problems.hpp"

namespace leadline::app {

// What the people file says about people the directory does not list (the file is a full list of staff,
// or only some of them).
enum class MissingPeople {
    Stay,  // only the people in the file are added or updated
    Leave, // the file lists everyone: anyone in the directory but not in it has left
};

// One person the file would change, and how, in words: "unit: Housing/Repairs, was Housing".
struct PersonChange {
    std::string email;
    std::string name;
    std::vector<std::string> differences; // empty for people joining or leaving
};

// What applying a people file would do to the directory, or why it cannot be applied.
struct PeopleImportPlan {
    std::vector<FileProblem> problems; // when any, nothing can be applied
    std::vector<PersonChange> joining;
    std::vector<PersonChange> changing;
    std::vector<PersonChange> returning; // had been marked as having left, and are in the file again
    std::vector<PersonChange> leaving;   // only when the file lists everyone
    std::size_t unchanged = 0;

    [[nodiscard]] bool applicable() const { return problems.empty(); }
    [[nodiscard]] bool changes_anything() const {
        return !joining.empty() || !changing.empty() || !returning.empty() || !leaving.empty();
    }
};

// Reads the people CSV (header: email,name,unit_path,grade,profession,region,manager_email, then any of the
// optional equality columns sex,ethnicity,disability,age_band,working_pattern) and compares it with the
// directory, writing nothing. Problems are listed by line and column, all of them at once. An equality
// value must be one the organisation defined (any case); an empty one clears what was recorded, and a
// column left out of the file leaves what was recorded as it is. A change to one is listed as
// "Sex: changed", never with its value.
[[nodiscard]] domain::Result<PeopleImportPlan> plan_people_import(Store& store, std::string_view csv_text,
                                                                  MissingPeople missing);

// Applies the file, all or nothing: a file with any problem fails with every problem in the message and
// writes nothing. Otherwise people are added or updated by email; leavers keep their history, are marked
// as having left at `now` and their accounts are closed. Returns what was done.
[[nodiscard]] domain::Result<PeopleImportPlan> import_people(Store& store, std::string_view csv_text,
                                                             MissingPeople missing, std::int64_t now);

} // namespace leadline::app
