#pragma once

#include <optional>
#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "domain/people/person.hpp"

namespace leadline::web {

// How many people a directory search shows.
inline constexpr int directory_search_shown = 10;

// Fills a form's directory search: the text searched, and when there is some, the people found, each
// with a link back to `page` that puts their email into the field `field_id`. `leave_out` is not
// listed (a participant does not ask themselves).
void fill_directory_search(ctemplate::TemplateDictionary& form, const std::string& search,
                           const std::vector<domain::Person>& found, const std::string& page,
                           const std::string& field_id,
                           std::optional<domain::PersonId> leave_out = std::nullopt);

} // namespace leadline::web
