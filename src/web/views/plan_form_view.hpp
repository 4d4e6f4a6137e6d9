#pragma once

#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/development/development_plans.hpp"
#include "app/development/plan_form.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// Fills me_plan_form.tpl: every attribute of the framework as a box to tick (the report's suggestions
// marked), and under each ticked one its goal, reason, ideas by effort, date and helpers, as typed.
// Problems show by their fields; a conflict (the plan changed in another tab) is said at the top.
void fill_plan_form(ctemplate::TemplateDictionary& page, const app::PlanContext& context,
                    const app::PlanForm& form, const std::vector<PageError>& errors,
                    const std::string& csrf_token);

} // namespace leadline::web
