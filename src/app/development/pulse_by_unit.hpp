#pragma once

#include <cstddef>
#include <map>
#include <vector>

#include "domain/development/pulse.hpp"
#include "domain/framework/framework.hpp"
#include "domain/people/org_unit.hpp"
#include "domain/reporting/heatmap.hpp"

namespace leadline::app {

// The title of the last column of a pulse by unit: each person's change over all their focus areas.
inline constexpr const char* all_focus_areas_column = "All focus areas";

// A closed pulse round broken down by unit, for those who design development: for each attribute that was
// someone's focus, each unit's average of its people's change there (each person counts once, with their
// raters' mean), and last each unit's average over all focus areas. Only people whose own result could be
// shown count, and only in the areas their result shows. Cells of fewer than `k` people are hidden, and
// further cells to protect them, by the organisation heatmap's rules (domain::build_heatmap).
[[nodiscard]] domain::Result<domain::Heatmap>
pulse_by_unit(const domain::Framework& framework, std::vector<domain::OrgUnit> units,
              const std::map<domain::PersonId, domain::UnitId>& unit_of,
              const std::map<domain::PersonId, domain::PulseResult>& results, std::size_t k);

} // namespace leadline::app
