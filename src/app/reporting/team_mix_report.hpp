#pragma once

#include <string>
#include <vector>

#include "app/ports/store.hpp"
#include "app/reporting/cycle_reports.hpp"
#include "domain/reporting/team_mix.hpp"

namespace leadline::app {

// Non-admins see a team's mix only when at least this many members have figures (or the cycle's
// largest group minimum, if larger).
inline constexpr std::size_t team_mix_minimum = 5;

// Per attribute of the framework, the cycle's norm: the mean across subjects of others' mean, where
// the subject's report shows one.
[[nodiscard]] std::vector<double> attribute_norms(const CycleReportSet& reports);

// The mix of these subjects (those not in the cycle are skipped).
[[nodiscard]] domain::TeamMix team_mix_of(const CycleReportSet& reports,
                                          const std::vector<domain::PersonId>& members);

// The subjects of the cycle who nominated this person as their line manager.
[[nodiscard]] std::vector<domain::PersonId>
team_of(const domain::FeedbackCycle& cycle, domain::PersonId manager, const std::string& manager_email);

// The subjects whose line manager in this cycle was this person: those who nominated them in the
// line manager group. Fixed with the cycle, so a later move in the directory cannot add or remove
// someone and let a before-and-after comparison single them out.
[[nodiscard]] domain::Result<std::vector<domain::PersonId>> team_in_cycle(Store& store, domain::CycleId cycle,
                                                                          domain::PersonId manager,
                                                                          const std::string& manager_email);

// The cycle's subjects in the unit or any unit below it.
[[nodiscard]] domain::Result<std::vector<domain::PersonId>>
subjects_in_unit(Store& store, const CycleReportSet& reports, domain::UnitId unit);

// The k a non-admin's view of this cycle's team mix needs.
[[nodiscard]] std::size_t team_mix_minimum_for(Store& store, domain::CycleId cycle);

} // namespace leadline::app
