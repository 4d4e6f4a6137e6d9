#pragma once

#include <soci/soci.h>

#include "app/ports/cycle_repository.hpp"

namespace leadline::storage {

class SqlCycleRepository final : public app::CycleRepository {
  public:
    explicit SqlCycleRepository(soci::session& sql) : m_sql(sql) {}

    [[nodiscard]] domain::Result<domain::CycleId>
    create_cycle(const domain::CycleSettings& settings) override;
    [[nodiscard]] domain::Result<void> save_state(domain::CycleId cycle, domain::CycleState state) override;
    [[nodiscard]] domain::Result<void> save_settings(domain::CycleId cycle,
                                                     const domain::CycleSettings& settings) override;
    [[nodiscard]] domain::Result<void> save_closing_date(domain::CycleId cycle,
                                                         domain::Date closes_on) override;
    [[nodiscard]] domain::Result<void> add_subject(domain::CycleId cycle,
                                                   const domain::Subject& subject) override;
    [[nodiscard]] domain::Result<domain::NominationId>
    add_nomination(domain::CycleId cycle, const domain::Nomination& nomination) override;
    [[nodiscard]] domain::Result<void> remove_nomination(domain::NominationId nomination) override;
    [[nodiscard]] domain::Result<void> delete_nomination(domain::NominationId nomination) override;
    [[nodiscard]] domain::Result<void> remove_subject(domain::CycleId cycle,
                                                      domain::PersonId subject) override;
    [[nodiscard]] domain::Result<domain::FeedbackCycle> load_cycle(domain::CycleId cycle) override;
    [[nodiscard]] domain::Result<app::CycleHeading> cycle_heading(domain::CycleId cycle) override;
    [[nodiscard]] domain::Result<std::vector<app::CycleSummary>> cycles() override;
    [[nodiscard]] domain::Result<std::vector<domain::CycleId>>
    cycles_of_subject(domain::PersonId person) override;
    [[nodiscard]] domain::Result<std::vector<domain::ProgressCounts>>
    progress_counts(domain::CycleId cycle) override;
    [[nodiscard]] domain::Result<std::map<domain::PersonId, std::int64_t>>
    nudge_times(domain::CycleId cycle) override;
    [[nodiscard]] domain::Result<std::map<domain::PersonId, app::RaterListApproved>>
    rater_list_approvals(domain::CycleId cycle) override;
    [[nodiscard]] domain::Result<void>
    set_rater_list_approved(domain::CycleId cycle, domain::PersonId subject,
                            const std::optional<app::RaterListApproved>& approved) override;
    [[nodiscard]] domain::Result<void> mark_nudged(domain::CycleId cycle, domain::PersonId subject,
                                                   std::int64_t at) override;

    [[nodiscard]] domain::Result<std::optional<app::ReportSnapshot>>
    report_snapshot(domain::CycleId cycle) override;
    [[nodiscard]] domain::Result<std::optional<std::int64_t>>
    answers_deleted_at(domain::CycleId cycle) override;
    [[nodiscard]] domain::Result<void> save_report_snapshot(domain::CycleId cycle,
                                                            const app::ReportSnapshot& snapshot) override;

  private:
    soci::session& m_sql;
};

} // namespace leadline::storage
