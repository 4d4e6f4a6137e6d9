#include "app/governance/answer_retention.hpp"

#include "app/reporting/cycle_reports.hpp"
#include "app/reporting/report_snapshot.hpp"
#include "domain/feedback/answer_retention.hpp"

namespace leadline::app {

using domain::Result;

namespace {

// Who the audit log names for what Leadline does by itself.
constexpr const char* retention_actor = "Leadline (retention period)";

Result<void> delete_answers_of(Store& store, FrameworkCache& frameworks, const Clock& clock,
                               domain::CycleId cycle) {
    return store.in_transaction([&]() -> Result<void> {
        // Drawn from the answers inside the transaction that deletes them: the kept reports are exactly
        // what the answers said at that moment.
        auto reports = CycleReports(store, frameworks).as_published(cycle);
        if (!reports) {
            return domain::fail(reports.error());
        }
        const auto now = clock.now_seconds();
        if (auto kept = store.cycles().save_report_snapshot(cycle, {now, snapshot_of(*reports)}); !kept) {
            return kept;
        }
        if (auto deleted = store.responses().delete_answers(cycle); !deleted) {
            return deleted;
        }
        return store.audit().record(
            {now, retention_actor,
             "Deletes a published cycle's individual answers and comments, keeping its "
             "reports",
             "/admin/cycles/" + std::to_string(cycle.value())});
    });
}

} // namespace

namespace {

// What happens to a published cycle's answers under the retention period (none: kept).
Result<AnswerKeeping> keeping_under(Store& store, domain::CycleId cycle,
                                    std::optional<int> retention_months) {
    AnswerKeeping keeping;
    auto deleted = store.cycles().answers_deleted_at(cycle);
    if (!deleted) {
        return domain::fail(deleted.error());
    }
    if (*deleted) {
        keeping.deleted_at = *deleted;
        return keeping;
    }
    if (!retention_months) {
        return keeping;
    }
    auto heading = store.cycles().cycle_heading(cycle);
    if (!heading) {
        return domain::fail(heading.error());
    }
    if (heading->state == domain::CycleState::Published) {
        keeping.due = domain::answers_due_for_deletion(heading->settings.closes_on, *retention_months);
    }
    return keeping;
}

} // namespace

Result<AnswerKeeping> answer_keeping(Store& store, domain::CycleId cycle) {
    auto details = store.organisation().details();
    if (!details) {
        return domain::fail(details.error());
    }
    return keeping_under(store, cycle, details->answer_retention_months);
}

Result<std::vector<domain::CycleId>> delete_answers_due(Store& store, FrameworkCache& frameworks,
                                                        const Clock& clock) {
    std::vector<domain::CycleId> cleared;
    auto details = store.organisation().details();
    if (!details) {
        return domain::fail(details.error());
    }
    if (!details->answer_retention_months) {
        return cleared; // answers are kept: nothing to look at
    }
    auto summaries = store.cycles().cycles();
    if (!summaries) {
        return domain::fail(summaries.error());
    }
    const auto day = today(clock);
    for (const auto& summary : *summaries) {
        if (summary.state != domain::CycleState::Published) {
            continue;
        }
        auto keeping = keeping_under(store, summary.id, details->answer_retention_months);
        if (!keeping) {
            return domain::fail(keeping.error());
        }
        if (!keeping->due || *keeping->due > day) {
            continue;
        }
        if (auto deleted = delete_answers_of(store, frameworks, clock, summary.id); !deleted) {
            return domain::fail(deleted.error());
        }
        cleared.push_back(summary.id);
    }
    return cleared;
}

} // namespace leadline::app
