#include "app/reporting/report_access.hpp"

#include <algorithm>

#include "app/reporting/team_mix_report.hpp"

namespace leadline::app {

namespace {

bool is_subject(const domain::FeedbackCycle& cycle, domain::PersonId person) {
    const auto& subjects = cycle.subjects();
    return std::any_of(subjects.begin(), subjects.end(),
                       [&](const domain::Subject& subject) { return subject.person == person; });
}

} // namespace

domain::Result<std::optional<ReportReader>> report_reader(Store& store, const domain::User& viewer,
                                                          domain::CycleId cycle, domain::PersonId subject) {
    // The HR team reads every report; an HR viewer reads what an admin reads.
    if (viewer.role == domain::Role::Admin || viewer.role == domain::Role::HrViewer) {
        return ReportReader::Admin;
    }
    if (!viewer.person) {
        return std::nullopt;
    }
    if (*viewer.person == subject) {
        return ReportReader::Subject;
    }
    auto loaded = store.cycles().load_cycle(cycle);
    if (!loaded) {
        if (loaded.error().code == domain::ErrorCode::NotFound) {
            return std::nullopt;
        }
        return domain::fail(loaded.error());
    }
    if (!loaded->settings().line_managers_see_reports || loaded->state() != domain::CycleState::Published ||
        !is_subject(*loaded, subject)) {
        return std::nullopt;
    }
    auto managed = store.people().managed_by(*viewer.person);
    if (!managed) {
        return domain::fail(managed.error());
    }
    const bool manages = std::any_of(managed->begin(), managed->end(),
                                     [&](const domain::Person& person) { return person.id == subject; });
    return manages ? std::optional<ReportReader>(ReportReader::LineManager) : std::nullopt;
}

domain::Result<ManagerLinks> manager_links(Store& store, domain::PersonId manager,
                                           const std::string& manager_email) {
    ManagerLinks links;
    auto managed = store.people().managed_by(manager);
    if (!managed) {
        return domain::fail(managed.error());
    }
    auto cycles = store.cycles().cycles();
    if (!cycles) {
        return domain::fail(cycles.error());
    }
    auto shared = store.development_plans().plans_shared_with(manager);
    if (!shared) {
        return domain::fail(shared.error());
    }
    for (const auto& summary : *cycles) {
        if (summary.state != domain::CycleState::Published) {
            continue;
        }
        auto cycle = store.cycles().load_cycle(summary.id);
        if (!cycle) {
            return domain::fail(cycle.error());
        }
        if (!team_of(*cycle, manager, manager_email).empty()) {
            links.teams.push_back({summary.id, summary.name});
        }
        // Plans are shared by their owners whatever the cycle says about reports.
        for (const auto& person : *managed) {
            if (std::find(shared->begin(), shared->end(), std::pair{summary.id, person.id}) !=
                shared->end()) {
                links.plans.push_back({summary.id, summary.name, person.id, person.name});
            }
        }
        if (!cycle->settings().line_managers_see_reports) {
            continue;
        }
        for (const auto& person : *managed) {
            if (is_subject(*cycle, person.id)) {
                links.reports.push_back({summary.id, summary.name, person.id, person.name});
            }
        }
    }
    return links;
}

} // namespace leadline::app
