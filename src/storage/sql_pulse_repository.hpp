#pragma once

#include <soci/soci.h>

#include "app/ports/pulse_repository.hpp"

namespace leadline::storage {

class SqlPulseRepository final : public app::PulseRepository {
  public:
    explicit SqlPulseRepository(soci::session& sql) : m_sql(sql) {}

    [[nodiscard]] domain::Result<void>
    set_pulse_rounds(domain::CycleId cycle, const std::vector<domain::PulseRound>& rounds) override;
    [[nodiscard]] domain::Result<std::vector<domain::PulseRound>>
    pulse_rounds(domain::CycleId cycle) override;
    [[nodiscard]] domain::Result<std::vector<app::PulseRoundDue>>
    pulse_rounds_due(domain::Date today) override;
    [[nodiscard]] domain::Result<bool> mark_pulse_round_invited(domain::CycleId cycle, int round,
                                                                std::int64_t now) override;
    [[nodiscard]] domain::Result<void> set_pulse_items(domain::CycleId cycle, int round,
                                                       domain::PersonId subject,
                                                       const std::vector<domain::PulseItem>& items) override;
    [[nodiscard]] domain::Result<std::vector<domain::PulseItem>>
    pulse_items(domain::CycleId cycle, int round, domain::PersonId subject) override;
    [[nodiscard]] domain::Result<std::vector<domain::PersonId>> pulse_subjects(domain::CycleId cycle,
                                                                               int round) override;
    [[nodiscard]] domain::Result<std::int64_t> add_pulse_invitation(const app::PulseInvitation& invitation,
                                                                    const std::string& token_hash) override;
    [[nodiscard]] domain::Result<std::optional<app::PulseInvitation>>
    pulse_invitation_by_token(const std::string& token_hash) override;
    [[nodiscard]] domain::Result<std::vector<app::PulseInvitation>>
    pulse_invitations(domain::CycleId cycle, int round, domain::PersonId subject) override;
    [[nodiscard]] domain::Result<void> withdraw_pulse_invitation(std::int64_t invitation) override;
    [[nodiscard]] domain::Result<void>
    answer_pulse(std::int64_t invitation, const domain::PulseAnswer& answer, std::int64_t now) override;
    [[nodiscard]] domain::Result<std::optional<domain::PulseAnswer>>
    pulse_answer(std::int64_t invitation) override;
    [[nodiscard]] domain::Result<std::vector<domain::PulseAnswer>>
    pulse_answers(domain::CycleId cycle, int round, domain::PersonId subject) override;
    [[nodiscard]] domain::Result<std::map<domain::PersonId, std::vector<domain::PulseAnswer>>>
    pulse_round_answers(domain::CycleId cycle, int round) override;
    [[nodiscard]] domain::Result<app::PulseRoundCounts> pulse_round_counts(domain::CycleId cycle,
                                                                           int round) override;
    [[nodiscard]] domain::Result<void> add_pulse_rater(domain::CycleId cycle, domain::PersonId subject,
                                                       const app::AddedPulseRater& rater,
                                                       std::int64_t now) override;
    [[nodiscard]] domain::Result<std::vector<app::AddedPulseRater>>
    added_pulse_raters(domain::CycleId cycle, domain::PersonId subject) override;

  private:
    // Answers from links not withdrawn, grouped by subject; `subject` narrows to one when set.
    [[nodiscard]] domain::Result<std::map<domain::PersonId, std::vector<domain::PulseAnswer>>>
    answers_where(domain::CycleId cycle, int round, std::optional<domain::PersonId> subject);

    soci::session& m_sql;
};

} // namespace leadline::storage
