#pragma once

#include <string>

#include <ctemplate/template.h>

#include "app/reporting/cycle_reports.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// Fills report.tpl with everything a subject's report shows, whoever reads it and wherever: the
// summary, the charts each followed by their figures as a table, the table of attributes with changes
// and flags, the highest and lowest behaviours, where to focus, and the comments.
void fill_report(ctemplate::TemplateDictionary& page, const app::CycleReportSet& reports,
                 const app::SubjectReport& subject);

// A subject's report as one self-contained HTML file (`stylesheet` written in; no links to assets, no
// scripts), for `leadline report --format html`.
[[nodiscard]] std::string report_document(const PageRenderer& pages, const app::CycleReportSet& reports,
                                          const app::SubjectReport& subject, const std::string& stylesheet);

} // namespace leadline::web
