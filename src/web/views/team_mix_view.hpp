#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/reporting/cycle_reports.hpp"
#include "domain/people/org_unit.hpp"
#include "domain/reporting/team_mix.hpp"

namespace leadline::web {

// Fills team_mix.tpl's MIX section: the lists of gaps, dependencies and strengths, then the table.
void fill_team_mix(ctemplate::TemplateDictionary& page, const app::CycleReportSet& reports,
                   const domain::TeamMix& mix);

// Fills team_mix.tpl's CHOOSE section: every unit, sorted by path, the chosen one selected. Returns the
// chosen unit's name; empty when none is chosen or the choice is no unit.
[[nodiscard]] std::string fill_unit_choice(ctemplate::TemplateDictionary& page,
                                           std::vector<domain::OrgUnit> units,
                                           std::optional<std::int64_t> chosen, const std::string& page_href);

} // namespace leadline::web
