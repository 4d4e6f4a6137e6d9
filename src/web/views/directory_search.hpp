#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "domain/people/person.hpp"

namespace leadline::web {

// How many people a directory search shows, and how many it reads to say how many more there are.
inline constexpr int directory_search_shown = 10;
inline constexpr int directory_search_counted = 101;

// The people a search found (at most directory_search_counted), and the paths of the units they are in.
struct DirectoryMatches {
    std::vector<domain::Person> people;
    std::map<std::int64_t, std::string> unit_paths;
};

// Fills a form's directory search: the text searched, and when there is some, the first people found
// with what tells namesakes apart (unit, grade, profession), each with a link back to `page` that puts
// their email into the field `field_id`, and how many more matched. `leave_out` is not listed (a
// participant does not ask themselves).
void fill_directory_search(ctemplate::TemplateDictionary& form, const std::string& search,
                           const DirectoryMatches& found, const std::string& page,
                           const std::string& field_id,
                           std::optional<domain::PersonId> leave_out = std::nullopt);

} // namespace leadline::web
