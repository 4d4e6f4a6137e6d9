#pragma once

#include <string>

#include "app/reporting/cycle_reports.hpp"

namespace leadline::app {

// A published cycle's reports written down whole, so that they read the same once the answers they were
// drawn from are deleted (retention). JSON; every number is kept exactly (as the shortest text that reads
// back to the same double), so a page drawn from a snapshot is the page drawn from the answers. Changes
// since an earlier cycle are not kept: they are worked out again from both cycles' reports.
[[nodiscard]] std::string snapshot_of(const CycleReportSet& reports);

// The reports written by snapshot_of, with the framework they were drawn on (the cycle's own version).
// Corrupt text is an Internal error naming the cycle.
[[nodiscard]] domain::Result<CycleReportSet>
reports_from_snapshot(const std::string& text, std::shared_ptr<const domain::Framework> framework);

// The snapshot without one subject's report (erasing a person after their cycle's answers were deleted).
[[nodiscard]] domain::Result<std::string> snapshot_without(const std::string& text, domain::PersonId subject);

} // namespace leadline::app
