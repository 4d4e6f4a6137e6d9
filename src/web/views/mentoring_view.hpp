#pragma once

#include <cstdint>
#include <vector>

#include <ctemplate/template.h>

#include "app/development/mentoring_pairs.hpp"

namespace leadline::web {

// Fills the MENTORING section of participant_cycles.tpl: the person's mentor and those they mentor, each
// with why they were matched, and a mentee's plan where it is shared with them.
void fill_my_mentoring(ctemplate::TemplateDictionary& page, const std::vector<app::MentoringSide>& sides);

// Fills the CONFIRM section of admin_mentoring.tpl: the button that keeps the matches shown and tells people,
// and when they were last confirmed (0: never).
void fill_mentoring_confirmation(ctemplate::TemplateDictionary& page, const std::string& action, int capacity,
                                 const std::vector<std::pair<std::string, std::string>>& keep,
                                 const std::string& csrf, std::int64_t confirmed_at, std::size_t matches,
                                 const std::string& done);

} // namespace leadline::web
