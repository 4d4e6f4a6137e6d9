#include "app/development/programme.hpp"

#include <algorithm>

#include "app/development/pulse_by_unit.hpp"
#include "app/development/pulses.hpp"
#include "app/reporting/report_figures.hpp"
#include "domain/development/habits.hpp"

namespace leadline::app {

using domain::Result;

namespace {

std::string name_of(const domain::Framework& framework, const domain::AttributeId& id) {
    const auto* attribute = framework.find_attribute(id);
    return attribute != nullptr ? attribute->name : id.value();
}

std::size_t place_in(const domain::Framework& framework, const domain::AttributeId& id) {
    const auto found = std::find_if(framework.attributes.begin(), framework.attributes.end(),
                                    [&](const domain::Attribute& attribute) { return attribute.id == id; });
    return static_cast<std::size_t>(found - framework.attributes.begin());
}

domain::Result<domain::Heatmap> round_by_unit(Store& store, const domain::Framework& framework,
                                              const std::map<domain::PersonId, domain::PulseResult>& results,
                                              int minimum_subjects) {
    auto directory = unit_directory(store);
    if (!directory) {
        return domain::fail(directory.error());
    }
    // The same fewest people as the organisation's figures, so that both say the same about one group.
    const auto k = static_cast<std::size_t>(std::max(minimum_subjects, 2));
    return pulse_by_unit(framework, std::move(directory->units), directory->unit_of, results, k);
}

// Whether the whole organisation's figure in the named column was hidden to protect a unit's.
bool organisation_hides(const domain::Heatmap& map, const std::string& column) {
    const auto found = std::find(map.columns.begin(), map.columns.end(), column);
    if (found == map.columns.end() || map.rows.empty()) {
        return false;
    }
    return !map.rows.front().cells[static_cast<std::size_t>(found - map.columns.begin())].shown;
}

// A closed round's figures across the organisation and by unit.
domain::Result<void> fill_closed_round(ProgrammeRound& shown, Store& store, Pulses& pulses,
                                       const domain::Framework& framework, domain::CycleId cycle,
                                       int minimum_subjects) {
    auto results = pulses.round_results(cycle, shown.round.number);
    if (!results) {
        return domain::fail(results.error());
    }
    std::vector<domain::PulseResult> all;
    all.reserve(results->size());
    for (const auto& [subject, result] : *results) {
        all.push_back(result);
    }
    shown.pulse = domain::programme_pulse(all);
    // In the framework's order, as everywhere else.
    std::stable_sort(shown.pulse.areas.begin(), shown.pulse.areas.end(),
                     [&](const domain::ProgrammeArea& a, const domain::ProgrammeArea& b) {
                         return place_in(framework, a.attribute) < place_in(framework, b.attribute);
                     });
    auto by_unit = round_by_unit(store, framework, *results, minimum_subjects);
    if (!by_unit) {
        return domain::fail(by_unit.error());
    }
    shown.by_unit = std::move(*by_unit);
    for (const auto& area : shown.pulse.areas) {
        shown.area_names.push_back(name_of(framework, area.attribute));
        shown.focus_protected.push_back(organisation_hides(shown.by_unit, shown.area_names.back()));
    }
    return {};
}

} // namespace

Result<ProgrammeOverview> programme_overview(Store& store, PublishedReports& published, const Clock& clock,
                                             domain::CycleId cycle) {
    auto reports = published.of(store, cycle);
    if (!reports) {
        return domain::fail(reports.error());
    }
    const auto& framework = *(*reports)->framework;
    auto heading = store.cycles().cycle_heading(cycle);
    if (!heading) {
        return domain::fail(heading.error());
    }
    ProgrammeOverview overview;
    overview.cycle_name = (*reports)->cycle_name;
    overview.subjects = static_cast<int>((*reports)->subjects.size());
    overview.minimum_subjects =
        domain::pulse_minimum(heading->settings.anonymity, heading->settings.rater_groups);
    for (const auto& attribute : framework.attributes) {
        overview.focus.push_back({attribute.id, attribute.name, 0, 0});
    }
    auto plans = store.development_plans().development_plans(cycle);
    if (!plans) {
        return domain::fail(plans.error());
    }
    for (const auto& plan : *plans) {
        ++overview.plans;
        overview.shared += plan.shared_with_manager ? 1 : 0;
        for (const auto& area : plan.focus) {
            const auto found =
                std::find_if(overview.focus.begin(), overview.focus.end(),
                             [&](const FocusChoice& choice) { return choice.attribute == area.attribute; });
            if (found != overview.focus.end()) {
                ++found->plans;
                found->against_report += area.why.empty() ? 0 : 1;
            }
        }
        auto check_ins = store.development_plans().check_ins(cycle, plan.person);
        auto weeks = store.habits().habit_weeks(cycle, plan.person);
        if (!check_ins || !weeks) {
            return domain::fail(!check_ins ? check_ins.error() : weeks.error());
        }
        overview.check_ins += static_cast<int>(check_ins->size());
        overview.with_check_ins += check_ins->empty() ? 0 : 1;
        overview.trying_habits += weeks->empty() ? 0 : 1;
        for (const auto& tally : domain::tally_habits(*weeks)) {
            overview.habit_weeks += tally.weeks;
            overview.did += tally.done;
            overview.not_yet += tally.not_yet;
        }
    }
    auto rounds = store.pulses().pulse_rounds(cycle);
    if (!rounds) {
        return domain::fail(rounds.error());
    }
    Pulses pulses(store, published, clock);
    for (const auto& round : *rounds) {
        ProgrammeRound shown;
        shown.round = round;
        shown.state = domain::state_of(round, today(clock));
        if (shown.state == domain::PulseRoundState::Closed) {
            if (auto filled =
                    fill_closed_round(shown, store, pulses, framework, cycle, overview.minimum_subjects);
                !filled) {
                return domain::fail(filled.error());
            }
        }
        overview.rounds.push_back(std::move(shown));
    }
    return overview;
}

} // namespace leadline::app
