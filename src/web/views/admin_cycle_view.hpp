#pragma once

#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/feedback/cycle_administration.hpp"
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
    const std::vector<domain::Person>& found;
};

// The address of a cycle's admin page: "/admin/cycles/12".
[[nodiscard]] std::string admin_cycle_href(domain::CycleId id);

// Fills admin_cycle.tpl: settings, progress per subject and rater group, the next step, the forms to add
// subjects and send reminders while they apply, and the analyses once published.
void fill_admin_cycle(ctemplate::TemplateDictionary& page, const AdminCyclePage& shown);

} // namespace leadline::web
