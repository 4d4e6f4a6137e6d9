#pragma once

#include <optional>
#include <string>

#include <ctemplate/template.h>

#include "app/reporting/cycle_reports.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// Fills report.tpl with everything a subject's report shows, whoever reads it and wherever: the
// summary, the charts each followed by their figures as a table, the table of attributes with changes
// and flags, the highest and lowest behaviours, where to focus, and the comments.
// Where a report is read: a page of the site (sections by rater group start closed, and open to print),
// or a file to keep, send or print (every section open, since it has no script).
enum class ReportMedium { Page, Document };

void fill_report(ctemplate::TemplateDictionary& page, const app::CycleReportSet& reports,
                 const app::SubjectReport& subject, ReportMedium medium);

// The report's opening sentence: how the subject's self-view compares with others' overall, and where
// others' score sits against the cycle's average `norm`.
[[nodiscard]] std::string overall_summary(const domain::IndividualReport& report, double norm);

// What the report could have found, said to its reader: how far an attribute must stand out, and how
// large an overall gap must be, to show four times in five with these raters. None when nothing could
// be tested (no self-view, or too few raters).
[[nodiscard]] std::optional<std::string> what_could_show(const domain::IndividualReport& report);

// A subject's report as one self-contained HTML file (`stylesheet` written in; no links to assets, no
// scripts), for `leadline report --format html`.
[[nodiscard]] std::string report_document(const PageRenderer& pages, const app::CycleReportSet& reports,
                                          const app::SubjectReport& subject, const std::string& stylesheet);

} // namespace leadline::web
