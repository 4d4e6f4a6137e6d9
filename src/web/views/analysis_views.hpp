#pragma once

#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/development/mentor_planning.hpp"
#include "app/reporting/cycle_reports.hpp"
#include "domain/reporting/heatmap.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// The HR team's views of a published cycle as a whole.

// What the heatmap page shows besides the map: the fewest people per cell as typed, and where it lives.
struct HeatmapPage {
    const app::CycleReportSet& reports;
    const domain::Heatmap& map;
    std::size_t k;          // the fewest people a cell is shown for
    std::string k_typed;    // as typed, shown back in the field
    std::string page_href;  // "/admin/cycles/3/heatmap"
    std::string cycle_href; // "/admin/cycles/3"
};
// Fills admin_heatmap.tpl: units by attributes, each cell shaded by its distance from the organisation's
// figure, small cells hidden.
void fill_heatmap(ctemplate::TemplateDictionary& page, const HeatmapPage& shown);

// Fills the HEATMAP_TABLE include (heatmap_table.tpl) where it is used: units by columns, each shown cell
// shaded by its distance from the whole organisation's figure, hidden cells marked. `label` names the
// scrolling region for screen readers.
void fill_heatmap_table(ctemplate::TemplateDictionary& where, const domain::Heatmap& map,
                        const std::string& label, const std::string& caption);

// A pair an admin chose, as a form or query value: "mentee email,mentor email".
[[nodiscard]] std::string kept_pair(const std::string& mentee, const std::string& mentor);

// What the matching page was asked for: each mentor's most mentees and the pairs an admin chose.
struct MatchingAsked {
    int capacity = 2;
    std::vector<std::pair<std::string, std::string>> keep; // (mentee email, mentor email)
    // As a query string, "capacity=2&keep=sam%40x.org%2Cola%40y.org", so links keep the admin's changes.
    [[nodiscard]] std::string query() const;
};

// Fills admin_mentoring.tpl: the matches with their reasons and a link to change each, then those with no
// mentor; with pairs the admin chose, the total fit against the best without them.
void fill_mentoring(ctemplate::TemplateDictionary& page, const app::MentoringPlan& plan,
                    const MatchingAsked& asked, const std::string& capacity_typed,
                    const std::string& page_href, const std::string& cycle_href);
// Fills the CHANGE section of admin_mentoring.tpl: other mentors for one mentee, each with the total fit the
// programme would have with them.
void fill_mentor_options(ctemplate::TemplateDictionary& page, const MatchingAsked& asked,
                         const std::string& page_href, const app::MentoringMatch& mentee,
                         const std::vector<app::MentorOption>& options, double total_now);

// The text a page shows for a number field outside its range: "Enter a whole number from 2 to 50".
[[nodiscard]] std::string whole_number_message(long long lowest, long long highest);

} // namespace leadline::web
