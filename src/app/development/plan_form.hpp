#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "app/feedback/cycle_form.hpp"
#include "domain/development/development_plan.hpp"

namespace leadline::app {

// One attribute's part of the plan form, as typed, so that a form with a problem shows it again.
struct TypedFocus {
    bool chosen = false;
    std::string why;
    std::string goal;
    std::string review_day, review_month, review_year;
    std::set<std::size_t> stretch_experiences; // positions in the framework's list for the attribute
    std::set<std::size_t> micro_actions;
    bool line_manager_helps = false;
    bool mentor_helps = false;
    // A choice sent that is not in the framework's list (a stale or altered form): said, not dropped.
    bool unlisted_stretch = false;
    bool unlisted_micro = false;
};

// The plan form: a part for every attribute of the framework (the form offers them all, the report's
// suggestions first ticked), and the revision of the plan it was opened on.
struct PlanForm {
    std::map<domain::AttributeId, TypedFocus> focus;
    std::int64_t revision = 0;
};

// The form for a new plan: the report's suggested attributes ticked, nothing else filled in.
[[nodiscard]] PlanForm new_plan_form(std::span<const domain::AttributeId> suggested);
// The form filled in with a saved plan, to change it.
[[nodiscard]] PlanForm plan_form_of(const domain::DevelopmentPlan& plan, const domain::Framework& framework);

// The form's fields by name: `focus` (attribute ids, repeated), and per attribute `why-ID`, `goal-ID`,
// `stretch-ID` and `micro-ID` (positions, repeated), `review-ID-day`/`-month`/`-year`, `manager-ID` and
// `mentor-ID` ("yes"), and `revision`.
using FormValues = std::function<std::vector<std::string>(std::string_view name)>;
[[nodiscard]] PlanForm read_plan_form(const domain::Framework& framework, const FormValues& values);

// The plan the form describes, focus areas in the framework's order, checked: `problems` holds every
// problem with the id of the field to fix (see field_of), empty when the plan can be saved.
[[nodiscard]] domain::DevelopmentPlan plan_from_form(const PlanForm& form, const domain::Framework& framework,
                                                     std::span<const domain::AttributeId> suggested,
                                                     domain::Date today, std::vector<FieldProblem>& problems);

// The id of the form field a problem is about.
[[nodiscard]] std::string field_of(const domain::PlanProblem& problem);

// Reads a day typed into three boxes (`prefix`-day, -month, -year); nullopt with no problem when all
// three are empty. `what` names the date in a message ("The date to look back on Leading with purpose").
[[nodiscard]] std::optional<domain::Date> read_day(const std::string& prefix, const std::string& what,
                                                   const std::string& day, const std::string& month,
                                                   const std::string& year,
                                                   std::vector<FieldProblem>& problems);

} // namespace leadline::app
