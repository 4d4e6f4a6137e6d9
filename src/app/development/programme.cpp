#include "app/development/programme.hpp"

#include <algorithm>

#include "app/development/pulses.hpp"
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
        ProgrammeRound shown{round, domain::state_of(round, today(clock)), {}, {}};
        if (shown.state == domain::PulseRoundState::Closed) {
            auto results = pulses.round_results(cycle, round.number);
            if (!results) {
                return domain::fail(results.error());
            }
            std::vector<domain::PulseResult> all;
            all.reserve(results->size());
            for (auto& [subject, result] : *results) {
                all.push_back(std::move(result));
            }
            shown.pulse = domain::programme_pulse(all);
            // In the framework's order, as everywhere else.
            std::stable_sort(shown.pulse.areas.begin(), shown.pulse.areas.end(),
                             [&](const domain::ProgrammeArea& a, const domain::ProgrammeArea& b) {
                                 return place_in(framework, a.attribute) < place_in(framework, b.attribute);
                             });
            for (const auto& area : shown.pulse.areas) {
                shown.area_names.push_back(name_of(framework, area.attribute));
            }
        }
        overview.rounds.push_back(std::move(shown));
    }
    return overview;
}

} // namespace leadline::app
