#pragma once

#include <string>

#include "app/reporting/cycle_reports.hpp"

namespace leadline::app {

// A subject's report as JSON, for the API and `leadline report --format json`. Cells too small to be
// shown carry {"shown": false} and no figures. The shape is described in docs/methodology/report.md.
[[nodiscard]] std::string report_json(const CycleReportSet& set, const SubjectReport& subject);

// The same figures as CSV, one row per figure: level (overall, attribute, behaviour), attribute,
// behaviour, column (self, others, a rater group or other raters), n, mean, sd, 90% interval, not observed.
[[nodiscard]] std::string report_csv(const SubjectReport& subject);

} // namespace leadline::app
