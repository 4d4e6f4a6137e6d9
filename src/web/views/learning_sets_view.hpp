#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/development/learning_set_planning.hpp"

namespace leadline::web {

inline constexpr auto learning_sets_href = "/admin/learning-sets";

// Fills admin_learning_sets.tpl: each saved plan, when it was saved, its sets and people.
void fill_learning_sets(ctemplate::TemplateDictionary& page,
                        const std::vector<app::LearningSetsSummary>& plans);
// Fills admin_learning_set.tpl: one plan's sets, each with why it is diverse and its people.
void fill_learning_set(ctemplate::TemplateDictionary& page, const app::SavedPlan& plan);

} // namespace leadline::web
