#pragma once

#include <soci/soci.h>

#include "app/ports/account_repository.hpp"

namespace leadline::storage {

class SqlAccountRepository final : public app::AccountRepository {
  public:
    explicit SqlAccountRepository(soci::session& sql) : m_sql(sql) {}

    [[nodiscard]] domain::Result<domain::UserId> create_user(const std::string& email, domain::Role role,
                                                             std::optional<domain::PersonId> person,
                                                             std::int64_t now) override;
    [[nodiscard]] domain::Result<std::optional<app::StoredUser>>
    find_user_by_email(const std::string& email) override;
    [[nodiscard]] domain::Result<std::optional<app::StoredUser>> find_user(domain::UserId user) override;
    [[nodiscard]] domain::Result<std::vector<domain::User>> users() override;
    [[nodiscard]] domain::Result<void> set_password_hash(domain::UserId user,
                                                         const std::string& hash) override;
    [[nodiscard]] domain::Result<void> set_deactivated(domain::UserId user,
                                                       std::optional<std::int64_t> at) override;
    [[nodiscard]] domain::Result<void> set_role(domain::UserId user, domain::Role role) override;
    [[nodiscard]] domain::Result<std::vector<app::AccountOverview>> overviews(std::int64_t now) override;
    [[nodiscard]] domain::Result<void> revoke_sign_in_links(domain::UserId user, std::int64_t now) override;
    [[nodiscard]] domain::Result<void> add_sign_in_link(domain::UserId user, const std::string& token_hash,
                                                        std::int64_t expires_at) override;
    [[nodiscard]] domain::Result<std::optional<domain::UserId>>
    find_sign_in_link(const std::string& token_hash, std::int64_t now) override;
    [[nodiscard]] domain::Result<bool> use_sign_in_link(const std::string& token_hash,
                                                        std::int64_t now) override;
    [[nodiscard]] domain::Result<void> create_session(const std::string& id_hash,
                                                      const app::StoredSession& session) override;
    [[nodiscard]] domain::Result<std::optional<app::StoredSession>>
    find_session(const std::string& id_hash) override;
    [[nodiscard]] domain::Result<void> touch_session(const std::string& id_hash, std::int64_t now) override;
    [[nodiscard]] domain::Result<void> delete_session(const std::string& id_hash) override;
    [[nodiscard]] domain::Result<void> delete_sessions_of(domain::UserId user) override;
    [[nodiscard]] domain::Result<void> record_sign_in_failure(const std::string& key_hash,
                                                              std::int64_t at) override;
    [[nodiscard]] domain::Result<int> count_sign_in_failures(const std::string& key_hash,
                                                             std::int64_t since) override;
    [[nodiscard]] domain::Result<void> clear_sign_in_failures(const std::string& key_hash) override;

  private:
    [[nodiscard]] domain::Result<std::optional<app::StoredUser>>
    find_user_where(const std::string& condition, const std::string& email, long long id);

    soci::session& m_sql;
};

} // namespace leadline::storage
