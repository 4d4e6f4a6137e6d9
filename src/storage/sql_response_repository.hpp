#pragma once

#include <functional>
#include <memory>

#include <soci/soci.h>

#include "app/ports/response_repository.hpp"
#include "storage/prepared_rater_statements.hpp"

namespace leadline::storage {

class SqlResponseRepository final : public app::ResponseRepository {
  public:
    // transaction_open tells whether the store's caller already holds a transaction.
    SqlResponseRepository(soci::session& sql, const bool& transaction_open)
        : m_sql(sql), m_transaction_open(transaction_open) {}

    [[nodiscard]] domain::Result<domain::InvitationId>
    create_invitation(domain::NominationId nomination, const std::string& token_hash) override;
    [[nodiscard]] domain::Result<void> add_invitation_link(domain::InvitationId invitation,
                                                           const std::string& token_hash,
                                                           std::int64_t now) override;
    [[nodiscard]] domain::Result<std::optional<domain::InvitationId>>
    invitation_of(domain::NominationId nomination) override;
    [[nodiscard]] domain::Result<std::vector<app::RaterToContact>> uninvited(domain::CycleId cycle) override;
    [[nodiscard]] domain::Result<std::vector<app::RaterToContact>> to_invite(domain::CycleId cycle) override;
    [[nodiscard]] domain::Result<std::vector<app::RaterToContact>> unanswered(domain::CycleId cycle) override;
    [[nodiscard]] domain::Result<std::optional<app::InvitationContext>>
    invitation_context(const std::string& token_hash) override;
    [[nodiscard]] domain::Result<domain::ResponseId>
    create_response(domain::InvitationId invitation) override;
    [[nodiscard]] domain::Result<void> save_response(const domain::Response& response) override;
    [[nodiscard]] domain::Result<void> save_attribute_answers(const domain::Response& response,
                                                              const domain::Attribute& attribute) override;
    [[nodiscard]] domain::Result<std::optional<domain::Response>>
    load_response(domain::ResponseId id) override;
    [[nodiscard]] domain::Result<std::vector<app::CycleResponse>>
    submitted_responses(domain::CycleId cycle) override;

    [[nodiscard]] domain::Result<void> delete_answers(domain::CycleId cycle) override;

  private:
    [[nodiscard]] domain::Result<void> in_own_transaction(const std::function<void()>& work);
    // Prepared on first use (the session is not open when the repository is made); dropped after a
    // failure so the next request prepares afresh.
    [[nodiscard]] PreparedRaterStatements& rater_statements();

    soci::session& m_sql;
    const bool& m_transaction_open;
    std::unique_ptr<PreparedRaterStatements> m_rater_statements;
};

} // namespace leadline::storage
