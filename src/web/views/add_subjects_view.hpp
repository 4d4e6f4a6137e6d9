#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include <ctemplate/template.h>

#include "app/feedback/enrolment.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// A unit of the directory as the form offers it: its path and how many people working there (and below)
// could be added.
struct UnitChoice {
    std::string path;
    std::size_t people = 0;
};

// The page for adding many subjects at once, as shown and as typed.
struct AddSubjectsForm {
    std::string cycle_name;
    std::string cycle_href;
    std::string csrf_token;
    std::vector<UnitChoice> units;
    std::string unit;   // as chosen
    std::string emails; // as typed
    std::string unit_problem;
    std::string emails_problem;
    std::vector<app::SubjectProblem> problems; // one per address that cannot be added
};

// Fills admin_add_subjects.tpl; returns the errors for the summary at the top.
[[nodiscard]] std::vector<PageError> fill_add_subjects(ctemplate::TemplateDictionary& page,
                                                       const AddSubjectsForm& form);

// "1 person" or "2,017 people".
[[nodiscard]] std::string people_count(std::size_t count);

} // namespace leadline::web
