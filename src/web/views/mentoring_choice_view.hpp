#pragma once

#include <string>

#include <ctemplate/template.h>

#include "app/development/mentoring_choice_form.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// Fills me_mentoring.tpl: whether they would like a mentor and in which of the framework's areas, the
// strengths they could offer and how many people they could mentor, as typed; `saved` just after saving.
void fill_mentoring_choice(ctemplate::TemplateDictionary& page, const std::string& action,
                           const std::string& cycle_name, const domain::Framework& framework,
                           const app::TypedMentoringChoice& typed, const std::vector<PageError>& errors,
                           const std::string& csrf, bool saved);

} // namespace leadline::web
