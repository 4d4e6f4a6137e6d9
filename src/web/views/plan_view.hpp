#pragma once

#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/development/development_plans.hpp"
#include "app/development/plan_form.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// The address of a person's own plan in a cycle: "/me/cycles/12/plan".
[[nodiscard]] std::string my_plan_href(domain::CycleId cycle);

// What the plan page shows besides the plan: who reads it, and for its owner the check-in form as typed.
struct PlanPage {
    PlanPage(const app::PlanContext& shown_context, app::PlanReader shown_to, std::string csrf,
             std::string just_done)
        : context(shown_context), reader(shown_to), csrf_token(std::move(csrf)), done(std::move(just_done)) {}

    const app::PlanContext& context;
    app::PlanReader reader = app::PlanReader::Owner;
    std::string csrf_token;
    std::string done; // what was just done ("saved", "checked-in", "shared", "unshared"); empty for nothing
    // The check-in form as typed, and its problems.
    std::string on_day, on_month, on_year, about, did, learned;
    std::vector<PageError> errors;
};

// The page's heading: "Your development plan", or the owner's name for their line manager.
[[nodiscard]] std::string plan_heading(const PlanPage& shown);

// Fills me_plan.tpl: each focus area with its goal, chosen ideas, date and helpers; for its owner the
// sharing choice and the check-in form; the timeline, newest first. Before a plan exists, the report's
// suggestions and a link to start one.
void fill_plan(ctemplate::TemplateDictionary& page, const PlanPage& shown);

} // namespace leadline::web
