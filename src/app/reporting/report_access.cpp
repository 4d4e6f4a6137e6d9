#include "app/reporting/report_access.hpp"

#include <algorithm>

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
    if (viewer.role == domain::Role::Admin) {
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
        return tl::unexpected(loaded.error());
    }
    if (!loaded->settings().line_managers_see_reports || loaded->state() != domain::CycleState::Published ||
        !is_subject(*loaded, subject)) {
        return std::nullopt;
    }
    auto managed = store.people().managed_by(*viewer.person);
    if (!managed) {
        return tl::unexpected(managed.error());
    }
    const bool manages = std::any_of(managed->begin(), managed->end(),
                                     [&](const domain::Person& person) { return person.id == subject; });
    return manages ? std::optional<ReportReader>(ReportReader::LineManager) : std::nullopt;
}

domain::Result<std::vector<ManagedReport>> reports_for_manager(Store& store, domain::PersonId manager) {
    std::vector<ManagedReport> reports;
    auto managed = store.people().managed_by(manager);
    if (!managed) {
        return tl::unexpected(managed.error());
    }
    if (managed->empty()) {
        return reports;
    }
    auto cycles = store.cycles().cycles();
    if (!cycles) {
        return tl::unexpected(cycles.error());
    }
    for (const auto& summary : *cycles) {
        if (summary.state != domain::CycleState::Published) {
            continue;
        }
        auto cycle = store.cycles().load_cycle(summary.id);
        if (!cycle) {
            return tl::unexpected(cycle.error());
        }
        if (!cycle->settings().line_managers_see_reports) {
            continue;
        }
        for (const auto& person : *managed) {
            if (is_subject(*cycle, person.id)) {
                reports.push_back({summary.id, summary.name, person.id, person.name});
            }
        }
    }
    return reports;
}

} // namespace leadline::app
