#pragma once

#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/feedback/participant_cycles.hpp"
#include "app/reporting/report_access.hpp"
#include "web/views/directory_search.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// The address of a participant's cycle page: "/me/cycles/12".
[[nodiscard]] std::string my_cycle_href(domain::CycleId id);

// Fills participant_cycles.tpl: each of the person's cycles with how many of those asked have answered,
// and for line managers the reports and team mixes they may read.
void fill_participant_cycles(ctemplate::TemplateDictionary& page,
                             const std::vector<app::ParticipantCycle>& cycles,
                             const app::ManagerLinks& links);

// What the participant's cycle page shows besides the cycle: the ask-for-feedback form as typed.
struct MyCyclePage {
    const app::ParticipantCycle& cycle;
    std::string csrf_token;
    std::string typed_email;
    std::string typed_group;
    std::vector<PageError> errors;
    std::string done; // what was just done ("asked", "withdrawn"); empty for nothing
    std::string search;
    const DirectoryMatches& found;
    domain::PersonId viewer; // left out of the directory search: no one asks themselves
    std::string approval;    // where their rater list stands, where the cycle wants lists approved
};
// Fills participant_cycle.tpl: the self-assessment, who was asked in each group and how many answered,
// and the form to ask more while the cycle allows.
void fill_participant_cycle(ctemplate::TemplateDictionary& page, const MyCyclePage& shown);

} // namespace leadline::web
