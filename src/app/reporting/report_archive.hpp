#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "app/reporting/cycle_reports.hpp"

namespace leadline::app {

// Every subject's figures in one CSV: each row of report_csv with the subject's email and name before it.
[[nodiscard]] std::string cycle_figures_csv(const CycleReportSet& set);

// Draws one subject's report as a self-contained HTML file; the web layer provides it.
using ReportDrawing = std::function<std::string(const SubjectReport&)>;

// A published cycle's reports as one ZIP for HR to keep: a file per subject ("Name (email).html"),
// figures.csv with every figure, and a note saying what is in it. `now` dates the files.
[[nodiscard]] domain::Result<std::string> reports_archive(const CycleReportSet& set, std::int64_t now,
                                                          const ReportDrawing& draw);

} // namespace leadline::app
