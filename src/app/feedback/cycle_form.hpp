#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/feedback/rater_journey.hpp"
#include "domain/feedback/cycle_settings.hpp"

namespace leadline::app {

// What an admin typed into the new-cycle form, as text, so it can be shown again when it has a problem.
struct CycleFormInput {
    std::string name;
    std::string framework;
    std::string opens_day, opens_month, opens_year;
    std::string closes_day, closes_month, closes_year;
    std::vector<std::string> groups;             // chosen rater groups besides self, by stable id
    std::map<std::string, std::string> minimums; // group id -> minimum typed
    std::string comment_minimum;
    std::string manager_identified;   // "yes" or "no"
    std::string managers_see_reports; // "yes" or "no"
    std::string approval;             // who approves rater lists: "none" (or empty), "line-manager", "hr"
};

// The form as it first appears: the usual groups ticked with safe minimums.
[[nodiscard]] CycleFormInput default_cycle_form();

// The form filled in with a cycle's settings as saved, to change them.
[[nodiscard]] CycleFormInput cycle_form_of(const domain::CycleSettings& settings);

// The smallest group minimum the form accepts for groups shown anonymously: with two, each of the two
// raters could work out the other's answers from the group's mean.
inline constexpr int smallest_anonymous_minimum = 3;

// Reads a GOV.UK date input (day, month, year boxes, their ids `prefix`-day and so on); a problem names
// the first box to fix and says "the date the cycle `label`" (opens, closes).
// The same for any date: `what` names it in the messages ("the date round 1 opens").
[[nodiscard]] std::optional<domain::Date> read_date_called(const std::string& prefix, const std::string& what,
                                                           const std::string& day, const std::string& month,
                                                           const std::string& year,
                                                           std::vector<FieldProblem>& problems);
[[nodiscard]] std::optional<domain::Date> read_date(const std::string& prefix, const std::string& label,
                                                    const std::string& day, const std::string& month,
                                                    const std::string& year,
                                                    std::vector<FieldProblem>& problems);

struct CycleFormOutcome {
    std::optional<domain::CycleSettings> settings;
    std::vector<FieldProblem> problems; // field ids as in the form, e.g. "opens-day"
};

// Checks every field and reports every problem at once; `frameworks` maps the ids offered to their
// versions. A cycle may open in the past (it opens when an admin opens it) but not close before `today`.
// Groups the cycle does not use keep the default minimums.
[[nodiscard]] CycleFormOutcome read_cycle_form(const CycleFormInput& input,
                                               const std::map<std::string, std::string>& frameworks,
                                               domain::Date today);

} // namespace leadline::app
