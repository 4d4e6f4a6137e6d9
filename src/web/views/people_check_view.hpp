#pragma once

#include <string>

#include <ctemplate/template.h>

#include "app/people/import_people.hpp"

namespace leadline::web {

// The checked file, carried to the form that saves it.
struct CheckedPeopleFile {
    std::string file_base64; // the file exactly as uploaded
    bool lists_everyone = false;
};

// Fills admin_people_check.tpl: how many people join, change, come back and leave, who they are (the first
// few hundred of each) and how each changes, and the form that saves the file.
void fill_people_check(ctemplate::TemplateDictionary& page, const app::PeopleImportPlan& plan,
                       const CheckedPeopleFile& file, const std::string& csrf_token);

} // namespace leadline::web
