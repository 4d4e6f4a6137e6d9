#include "app/reporting/team_mix_report.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "app/reporting/report_figures.hpp"

namespace leadline::app {

std::vector<double> attribute_norms(const CycleReportSet& reports) {
    const auto attributes = reports.framework->attributes.size();
    std::vector<double> sums(attributes, 0.0);
    std::vector<int> counts(attributes, 0);
    for (const auto& subject : reports.subjects) {
        const auto scores = others_by_attribute(reports, subject);
        for (std::size_t a = 0; a < attributes; ++a) {
            if (scores[a]) {
                sums[a] += *scores[a];
                ++counts[a];
            }
        }
    }
    std::vector<double> norms;
    for (std::size_t a = 0; a < attributes; ++a) {
        norms.push_back(counts[a] > 0 ? sums[a] / counts[a] : 0.0);
    }
    return norms;
}

domain::TeamMix team_mix_of(const CycleReportSet& reports, const std::vector<domain::PersonId>& members) {
    domain::TeamMixInput input;
    for (const auto& attribute : reports.framework->attributes) {
        input.attributes.push_back(attribute.name);
    }
    input.norms = attribute_norms(reports);
    input.scale_range =
        static_cast<double>(reports.framework->scale.highest() - reports.framework->scale.lowest());
    const std::set<domain::PersonId> wanted(members.begin(), members.end());
    for (const auto& subject : reports.subjects) {
        if (wanted.count(subject.subject) == 0) {
            continue;
        }
        input.members.push_back({others_by_attribute(reports, subject)});
    }
    return domain::team_mix(input);
}

domain::Result<std::vector<domain::PersonId>> team_in_cycle(Store& store, domain::CycleId cycle,
                                                            domain::PersonId manager,
                                                            const std::string& manager_email) {
    auto loaded = store.cycles().load_cycle(cycle);
    if (!loaded) {
        return domain::fail(loaded.error());
    }
    return team_of(*loaded, manager, manager_email);
}

std::vector<domain::PersonId> team_of(const domain::FeedbackCycle& cycle, domain::PersonId manager,
                                      const std::string& manager_email) {
    std::vector<domain::PersonId> team;
    for (const auto& nomination : cycle.nominations()) {
        const bool is_manager = nomination.rater.person ? *nomination.rater.person == manager
                                                        : nomination.rater.email == manager_email;
        if (nomination.group == domain::RaterGroup::LineManager && is_manager &&
            std::find(team.begin(), team.end(), nomination.subject) == team.end()) {
            team.push_back(nomination.subject);
        }
    }
    return team;
}

domain::Result<std::vector<domain::PersonId>> subjects_in_unit(Store& store, const CycleReportSet& reports,
                                                               domain::UnitId unit) {
    auto directory = unit_directory(store);
    if (!directory) {
        return domain::fail(directory.error());
    }
    const auto& units = directory->units;
    const auto& unit_of = directory->unit_of;
    std::map<domain::UnitId, std::optional<domain::UnitId>> parent_of;
    for (const auto& known : units) {
        parent_of.emplace(known.id, known.parent);
    }
    auto within = [&](domain::UnitId start) {
        std::optional<domain::UnitId> at = start;
        for (std::size_t steps = 0; at && steps <= parent_of.size(); ++steps) {
            if (*at == unit) {
                return true;
            }
            const auto parent = parent_of.find(*at);
            at = parent == parent_of.end() ? std::nullopt : parent->second;
        }
        return false;
    };
    std::vector<domain::PersonId> members;
    for (const auto& subject : reports.subjects) {
        const auto found = unit_of.find(subject.subject);
        if (found != unit_of.end() && within(found->second)) {
            members.push_back(subject.subject);
        }
    }
    return members;
}

std::size_t team_mix_minimum_for(Store& store, domain::CycleId cycle) {
    std::size_t k = team_mix_minimum;
    if (auto loaded = store.cycles().load_cycle(cycle)) {
        for (const auto group : loaded->settings().rater_groups) {
            if (group != domain::RaterGroup::Self && group != domain::RaterGroup::LineManager) {
                k = std::max(k, static_cast<std::size_t>(loaded->settings().anonymity.group_minimum(group)));
            }
        }
    }
    return k;
}

} // namespace leadline::app
