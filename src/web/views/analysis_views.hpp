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

// Fills admin_mentoring.tpl: the matches with their reasons, then those with no mentor.
void fill_mentoring(ctemplate::TemplateDictionary& page, const app::MentoringPlan& plan, int capacity,
                    const std::string& capacity_typed, const std::string& page_href,
                    const std::string& cycle_href);

// The text a page shows for a number field outside its range: "Enter a whole number from 2 to 50".
[[nodiscard]] std::string whole_number_message(long long lowest, long long highest);

} // namespace leadline::web
