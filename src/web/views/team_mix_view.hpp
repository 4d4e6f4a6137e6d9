#pragma once

#include <ctemplate/template.h>

#include "app/reporting/cycle_reports.hpp"
#include "domain/reporting/team_mix.hpp"

namespace leadline::web {

// Fills team_mix.tpl's MIX section: the lists of gaps, dependencies and strengths, then the table.
void fill_team_mix(ctemplate::TemplateDictionary& page, const app::CycleReportSet& reports,
                   const domain::TeamMix& mix);

} // namespace leadline::web
