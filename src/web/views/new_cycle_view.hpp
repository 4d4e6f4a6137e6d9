#pragma once

#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/feedback/cycle_form.hpp"
#include "app/frameworks/framework_catalog.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// Fills admin_new_cycle.tpl with what was typed (`input`) and each problem beside its field; returns
// the problems in the form's order, for the error summary. Frameworks offered: the catalog's 360 ones.
[[nodiscard]] std::vector<PageError> fill_new_cycle(ctemplate::TemplateDictionary& page,
                                                    const app::FrameworkCatalog& frameworks,
                                                    const app::CycleFormInput& input,
                                                    const std::vector<app::FieldProblem>& problems,
                                                    const std::string& csrf_token);

} // namespace leadline::web
