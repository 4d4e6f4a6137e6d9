#pragma once

#include <optional>
#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "domain/framework/rating_scale.hpp"
#include "domain/reporting/individual_report.hpp"

namespace leadline::web {

// One line of a report chart: others' mean with its interval (when shown) and the self-view (when given).
struct ChartLine {
    std::string name;
    const domain::ReportCell* others = nullptr;
    std::optional<double> self;
};

// Draws an SVG chart into the included template report_chart.tpl (section CHART of `where`): one line
// per entry on the scale's range, then the scale's points. `id` names the chart's title element.
void draw_chart(ctemplate::TemplateDictionary& where, const domain::RatingScale& scale, const std::string& id,
                const std::string& title, const std::vector<ChartLine>& lines);

} // namespace leadline::web
