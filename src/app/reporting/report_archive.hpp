#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "app/reporting/cycle_reports.hpp"

namespace leadline::app {

// Every subject's figures in one CSV: each row of report_csv with the subject's email and name before it.
[[nodiscard]] std::string cycle_figures_csv(const CycleReportSet& set);

// Draws one subject's report as a self-contained HTML file; the web layer provides it.
using ReportDrawing = std::function<std::string(const SubjectReport&)>;

// A published cycle's reports as one ZIP for HR to keep: a file per subject ("Name (email).html"),
// figures.csv with every figure, and a note saying what is in it. `now` dates the files. Written a piece
// at a time, so that a cycle of thousands is sent as it is made: each next() gives the bytes of the next
// file (the first, the note and the figures), the last the archive's directory, and then nothing.
class ReportsArchive {
  public:
    ReportsArchive(std::shared_ptr<const CycleReportSet> set, std::int64_t now, ReportDrawing draw);
    ~ReportsArchive();
    ReportsArchive(ReportsArchive&&) noexcept;
    ReportsArchive& operator=(ReportsArchive&&) noexcept;

    [[nodiscard]] domain::Result<std::optional<std::string>> next();

  private:
    struct Writing;
    std::unique_ptr<Writing> m_writing;
};

// The whole archive at once.
[[nodiscard]] domain::Result<std::string> reports_archive(std::shared_ptr<const CycleReportSet> set,
                                                          std::int64_t now, ReportDrawing draw);

} // namespace leadline::app
