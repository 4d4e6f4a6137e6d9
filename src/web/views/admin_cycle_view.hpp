#pragma once

#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/feedback/cycle_administration.hpp"
#include "app/feedback/progress_selection.hpp"
#include "app/governance/answer_retention.hpp"
#include "web/views/directory_search.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// What the admin's page for one cycle shows: the cycle, and the state of its forms.
struct AdminCyclePage {
    const app::CycleOverview& overview;
    std::string framework;  // the framework's name and version, as shown
    std::string csrf_token; // the signed-in session's
    std::string done;       // what was just done ("opened", "reminded"): a confirmation; empty for none
    std::vector<PageError> errors;
    std::string typed_email; // what was typed into the add-a-subject form
    std::string search;      // what was searched for in the directory
    const DirectoryMatches& found;
    const app::ProgressQuery& progress; // which subjects the progress table shows
    bool may_change = true;             // false for an HR viewer: no forms, no links to pages that change
};

// The address of a cycle's admin page: "/admin/cycles/12".
[[nodiscard]] std::string admin_cycle_href(domain::CycleId id);

// Fills admin_cycle.tpl: settings, progress per subject and rater group, the next step, the forms to add
// subjects and send reminders while they apply, and the analyses once published.
void fill_admin_cycle(ctemplate::TemplateDictionary& page, const AdminCyclePage& shown);

// Adds to admin_cycle.tpl what happens to a published cycle's individual answers under retention.
void fill_answer_keeping(ctemplate::TemplateDictionary& page, const app::AnswerKeeping& keeping);

// A step that asks first: opening before the opening date, closing before the closing date, publishing.
struct StepToConfirm {
    std::string cycle_name;
    std::string heading;                 // "Close the cycle early?"
    std::vector<std::string> paragraphs; // what it does, and why it is being asked
    std::string warning;                 // what cannot be undone
    std::string label;                   // the button: "Close the cycle now"
    std::string action{};                // where the confirmed form goes
    std::string csrf_token{};
    std::string back{};
    std::string back_label = "Cancel and go back to the cycle";
    std::vector<std::pair<std::string, std::string>> fields{}; // sent again with the confirmation
};

// Fills admin_confirm.tpl: the step explained, a warning, the button that confirms it and a way back.
void fill_confirm_step(ctemplate::TemplateDictionary& page, const StepToConfirm& step);

} // namespace leadline::web
