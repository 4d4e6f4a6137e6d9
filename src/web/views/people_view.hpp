#pragma once

#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/people/import_people.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// What the people page shows above its upload form.
struct PeopleOverview {
    std::size_t working = 0; // people in the directory who have not left
    std::size_t left = 0;
    std::string applied; // what the last upload did, in words; empty when nothing was just saved
    bool erased = false; // someone was just erased
};

// What was sent with the upload form, shown again with its problems.
struct PeopleUpload {
    bool lists_everyone = false;
    std::string file_error;                 // about the file field itself (none chosen, unreadable)
    std::vector<app::FileProblem> problems; // in the file, by line and column
};

// Fills admin_people.tpl; returns the errors for the page's error summary.
[[nodiscard]] std::vector<PageError> fill_people_page(ctemplate::TemplateDictionary& page,
                                                      const PeopleOverview& overview,
                                                      const PeopleUpload& upload,
                                                      const std::string& csrf_token);

// How many people a saved file changed, for the banner.
struct PeopleSaved {
    long long joined = 0;
    long long changed = 0;
    long long returned = 0;
    long long left = 0;
};

// "2 joined, 1 changed, 3 marked as having left".
[[nodiscard]] std::string people_changes_in_words(const PeopleSaved& saved);

} // namespace leadline::web
