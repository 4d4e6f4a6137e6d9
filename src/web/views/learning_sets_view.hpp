#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/development/learning_set_members.hpp"
#include "app/development/learning_set_planning.hpp"

namespace leadline::web {

inline constexpr auto learning_sets_href = "/admin/learning-sets";

// Fills admin_learning_sets.tpl: each saved plan, when it was saved, its sets and people.
void fill_learning_sets(ctemplate::TemplateDictionary& page,
                        const std::vector<app::LearningSetsSummary>& plans);
// Fills admin_learning_set.tpl: one plan's sets, each with why it is diverse and its people.
void fill_learning_set(ctemplate::TemplateDictionary& page, const app::SavedPlan& plan);
// Fills the CONFIRM or CONFIRMED section of admin_learning_set.tpl; `done` is "confirmed" just after.
void fill_learning_set_confirmation(ctemplate::TemplateDictionary& page, const app::SavedLearningSets& saved,
                                    const std::string& csrf, const std::string& done);
// Fills the LEARNING_SETS section of participant_cycles.tpl: the person's sets, with the first meeting.
void fill_my_learning_sets(ctemplate::TemplateDictionary& page, const std::vector<app::MyLearningSet>& sets);

} // namespace leadline::web
