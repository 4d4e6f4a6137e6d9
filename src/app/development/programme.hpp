#pragma once

#include <string>
#include <vector>

#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "app/reporting/published_reports.hpp"
#include "domain/development/programme.hpp"
#include "domain/reporting/heatmap.hpp"

namespace leadline::app {

// How often an attribute was chosen as a focus area across the cycle's plans.
struct FocusChoice {
    domain::AttributeId attribute;
    std::string name;
    int plans = 0;
    int against_report = 0; // chosen though the report did not suggest it (with a reason)
};

// A pulse round across the cycle: its pulse only once it has closed.
struct ProgrammeRound {
    domain::PulseRound round;
    domain::PulseRoundState state = domain::PulseRoundState::Scheduled;
    domain::ProgrammePulse pulse;
    std::vector<std::string> area_names; // in the order of pulse.areas
    // True where the organisation's figure for an area as a focus is hidden by by_unit's rules, so that it
    // cannot be used to work out a unit's hidden figure; in the order of pulse.areas.
    std::vector<bool> focus_protected;
    domain::Heatmap by_unit; // change where it was a focus, by unit (see pulse_by_unit.hpp)
};

// What those who design development see of a published cycle: counts and figures over everyone, never
// one person's plan or pulse.
struct ProgrammeOverview {
    std::string cycle_name;
    int subjects = 0; // with a report
    int plans = 0;
    int shared = 0;
    int with_check_ins = 0;
    int check_ins = 0;
    int trying_habits = 0; // people with a week of micro-actions started
    int habit_weeks = 0;   // micro-action weeks, all together
    int did = 0;
    int not_yet = 0;
    std::vector<FocusChoice> focus; // every attribute, in the framework's order
    std::vector<ProgrammeRound> rounds;
    int minimum_subjects = 0; // an attribute's pulse figure needs this many subjects
};

// The programme view of a published cycle. FailedPrecondition before publication.
[[nodiscard]] domain::Result<ProgrammeOverview> programme_overview(Store& store, PublishedReports& published,
                                                                   const Clock& clock, domain::CycleId cycle);

} // namespace leadline::app
