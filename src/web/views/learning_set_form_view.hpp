#pragma once

#include <vector>

#include <ctemplate/template.h>

#include "app/development/learning_set_form.hpp"
#include "app/ports/cycle_repository.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// Fills admin_learning_set_form.tpl: a name, whose sets (the subjects of a cycle with subjects), the set
// sizes and the pairs to keep apart, as typed, each with its problem; and how long forming will take.
void fill_learning_set_form(ctemplate::TemplateDictionary& page, const std::vector<app::CycleSummary>& cycles,
                            const app::LearningSetRequest& typed, const std::vector<PageError>& errors,
                            const std::string& csrf);

} // namespace leadline::web
