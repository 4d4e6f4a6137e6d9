#pragma once

#include <cstddef>
#include <string>

#include "app/ports/store.hpp"
#include "app/reporting/cycle_reports.hpp"
#include "domain/reporting/heatmap.hpp"

namespace leadline::app {

inline constexpr std::size_t default_heatmap_minimum = 5;
inline constexpr std::size_t smallest_heatmap_minimum = 3;
inline constexpr std::size_t largest_heatmap_minimum = 50;

// The published cycle's heatmap: each unit of the people directory by each attribute of the cycle's
// framework, from others' scores in every subject's report (where the report shows them), with cells
// of fewer than `k` subjects hidden and complementary cells hidden to protect them.
[[nodiscard]] domain::Result<domain::Heatmap>
organisation_heatmap(Store& store, const CycleReportSet& reports, std::size_t k);

// The heatmap as CSV: one line per unit and attribute; a hidden cell has empty figures and says so.
[[nodiscard]] std::string heatmap_csv(const domain::Heatmap& heatmap);

} // namespace leadline::app
