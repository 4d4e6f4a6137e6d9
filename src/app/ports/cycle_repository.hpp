#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/core/result.hpp"
#include "domain/feedback/cycle_progress.hpp"
#include "domain/feedback/feedback_cycle.hpp"

namespace leadline::app {

struct CycleSummary {
    domain::CycleId id;
    std::string name;
    std::string framework;
    domain::CycleState state = domain::CycleState::Draft;
    std::size_t subjects = 0;
};

// What a published cycle's reports showed, kept when its individual answers were deleted.
struct ReportSnapshot {
    std::int64_t taken_at = 0; // when the answers were deleted
    std::string body;          // app/reporting/report_snapshot.hpp's JSON
};

// A cycle's settings and where it stands.
struct CycleHeading {
    domain::CycleSettings settings;
    domain::CycleState state = domain::CycleState::Draft;
};

// Feedback cycles with their subjects and nominations. Rules live in domain::FeedbackCycle;
// callers apply an action there first, then record its outcome here.
// A rater list approved: when, and by whom.
struct RaterListApproved {
    std::int64_t at = 0;
    std::string by; // the approver's email
};

class CycleRepository {
  public:
    virtual ~CycleRepository() = default;

    [[nodiscard]] virtual domain::Result<domain::CycleId>
    create_cycle(const domain::CycleSettings& settings) = 0;
    [[nodiscard]] virtual domain::Result<void> save_state(domain::CycleId cycle,
                                                          domain::CycleState state) = 0;
    [[nodiscard]] virtual domain::Result<void> save_closing_date(domain::CycleId cycle,
                                                                 domain::Date closes_on) = 0;
    // Replaces a cycle's settings (name, framework, dates, groups and their minimums, anonymity).
    [[nodiscard]] virtual domain::Result<void> save_settings(domain::CycleId cycle,
                                                             const domain::CycleSettings& settings) = 0;
    [[nodiscard]] virtual domain::Result<void> add_subject(domain::CycleId cycle,
                                                           const domain::Subject& subject) = 0;
    // Stores a nomination the cycle accepted and returns its id.
    [[nodiscard]] virtual domain::Result<domain::NominationId>
    add_nomination(domain::CycleId cycle, const domain::Nomination& nomination) = 0;
    // Removes a nomination that has no invitation yet; a Conflict when it has one.
    [[nodiscard]] virtual domain::Result<void> remove_nomination(domain::NominationId nomination) = 0;
    // Removes a nomination with its invitation, links and any response, answers and comments included.
    [[nodiscard]] virtual domain::Result<void> delete_nomination(domain::NominationId nomination) = 0;
    // Removes a subject from a cycle with every nomination for them (a draft's: none is invited yet).
    [[nodiscard]] virtual domain::Result<void> remove_subject(domain::CycleId cycle,
                                                              domain::PersonId subject) = 0;
    [[nodiscard]] virtual domain::Result<domain::FeedbackCycle> load_cycle(domain::CycleId cycle) = 0;
    // A cycle's settings and state alone, without its subjects and nominations (a page of progress
    // needs no more, and a cycle of thousands has tens of thousands of nominations).
    [[nodiscard]] virtual domain::Result<CycleHeading> cycle_heading(domain::CycleId cycle) = 0;
    [[nodiscard]] virtual domain::Result<std::vector<CycleSummary>> cycles() = 0;
    // The cycles this person is a subject in, oldest first.
    [[nodiscard]] virtual domain::Result<std::vector<domain::CycleId>>
    cycles_of_subject(domain::PersonId person) = 0;
    // Per subject and rater group: how many were nominated, invited, and have sent their answers.
    // Every subject appears, with an empty group when nobody was nominated for them.
    [[nodiscard]] virtual domain::Result<std::vector<domain::ProgressCounts>>
    progress_counts(domain::CycleId cycle) = 0;
    // When each subject of the cycle was last nudged to choose raters (0: never), by person id.
    [[nodiscard]] virtual domain::Result<std::map<domain::PersonId, std::int64_t>>
    nudge_times(domain::CycleId cycle) = 0;
    [[nodiscard]] virtual domain::Result<void> mark_nudged(domain::CycleId cycle, domain::PersonId subject,
                                                           std::int64_t at) = 0;
    // Whose rater lists are approved in the cycle, when and by whom (an email), by person id.
    [[nodiscard]] virtual domain::Result<std::map<domain::PersonId, RaterListApproved>>
    rater_list_approvals(domain::CycleId cycle) = 0;
    // Records a subject's list as approved, or (with nothing) as waiting for approval again.
    [[nodiscard]] virtual domain::Result<void>
    set_rater_list_approved(domain::CycleId cycle, domain::PersonId subject,
                            const std::optional<RaterListApproved>& approved) = 0;
    // The reports kept when the cycle's answers were deleted; nothing while its answers are held.
    [[nodiscard]] virtual domain::Result<std::optional<ReportSnapshot>>
    report_snapshot(domain::CycleId cycle) = 0;
    // When the cycle's answers were deleted, without reading its reports; nothing while they are held.
    [[nodiscard]] virtual domain::Result<std::optional<std::int64_t>>
    answers_deleted_at(domain::CycleId cycle) = 0;
    // Keeps the reports as they read, or replaces those kept.
    [[nodiscard]] virtual domain::Result<void> save_report_snapshot(domain::CycleId cycle,
                                                                    const ReportSnapshot& snapshot) = 0;
};

} // namespace leadline::app
