#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/accounts/user.hpp"
#include "domain/core/result.hpp"

namespace leadline::app {

struct StoredUser {
    domain::User user;
    std::string password_hash; // Argon2id string; empty until a password is set
};

struct StoredSession {
    domain::UserId user;
    std::string csrf_token;
    std::int64_t created_at = 0;
    std::int64_t last_seen_at = 0;
};

// An account as the accounts page lists it.
struct AccountOverview {
    domain::User user;
    std::string person_name;                     // empty when the account is not in the people directory
    std::optional<std::int64_t> link_expires_at; // the latest unused sign-in link still in date
    std::optional<std::int64_t> last_seen_at;    // the latest activity of any session
};

// Accounts, their one-time sign-in links, sessions and failed sign-ins. Secrets (link tokens, session
// ids) are stored only as hashes; the caller hashes them.
class AccountRepository {
  public:
    virtual ~AccountRepository() = default;

    // Fails with Conflict when the email already has an account.
    [[nodiscard]] virtual domain::Result<domain::UserId> create_user(const std::string& email,
                                                                     domain::Role role,
                                                                     std::optional<domain::PersonId> person,
                                                                     std::int64_t now) = 0;
    [[nodiscard]] virtual domain::Result<std::optional<StoredUser>>
    find_user_by_email(const std::string& email) = 0;
    [[nodiscard]] virtual domain::Result<std::optional<StoredUser>> find_user(domain::UserId user) = 0;
    [[nodiscard]] virtual domain::Result<std::vector<domain::User>> users() = 0;
    [[nodiscard]] virtual domain::Result<void> set_password_hash(domain::UserId user,
                                                                 const std::string& hash) = 0;
    // Closes an account from `at` (or opens it again with nothing). Its sessions and links are the
    // caller's to end.
    [[nodiscard]] virtual domain::Result<void> set_deactivated(domain::UserId user,
                                                               std::optional<std::int64_t> at) = 0;
    [[nodiscard]] virtual domain::Result<void> set_role(domain::UserId user, domain::Role role) = 0;
    // Every account with what an admin needs to look after it, ordered by email.
    [[nodiscard]] virtual domain::Result<std::vector<AccountOverview>> overviews(std::int64_t now) = 0;

    [[nodiscard]] virtual domain::Result<void>
    add_sign_in_link(domain::UserId user, const std::string& token_hash, std::int64_t expires_at) = 0;
    // The account a link belongs to, when the link is unused and has not expired at `now`.
    [[nodiscard]] virtual domain::Result<std::optional<domain::UserId>>
    find_sign_in_link(const std::string& token_hash, std::int64_t now) = 0;
    // Marks a link used; false when it was already used (another tab got there first).
    [[nodiscard]] virtual domain::Result<bool> use_sign_in_link(const std::string& token_hash,
                                                                std::int64_t now) = 0;
    // Marks every unused link of the account used at `now`, so none of them opens it any more.
    [[nodiscard]] virtual domain::Result<void> revoke_sign_in_links(domain::UserId user,
                                                                    std::int64_t now) = 0;

    [[nodiscard]] virtual domain::Result<void> create_session(const std::string& id_hash,
                                                              const StoredSession& session) = 0;
    [[nodiscard]] virtual domain::Result<std::optional<StoredSession>>
    find_session(const std::string& id_hash) = 0;
    [[nodiscard]] virtual domain::Result<void> touch_session(const std::string& id_hash,
                                                             std::int64_t now) = 0;
    [[nodiscard]] virtual domain::Result<void> delete_session(const std::string& id_hash) = 0;
    [[nodiscard]] virtual domain::Result<void> delete_sessions_of(domain::UserId user) = 0;

    // Failed sign-ins, keyed by a hash of the account or the address.
    [[nodiscard]] virtual domain::Result<void> record_sign_in_failure(const std::string& key_hash,
                                                                      std::int64_t at) = 0;
    [[nodiscard]] virtual domain::Result<int> count_sign_in_failures(const std::string& key_hash,
                                                                     std::int64_t since) = 0;
    [[nodiscard]] virtual domain::Result<void> clear_sign_in_failures(const std::string& key_hash) = 0;
};

} // namespace leadline::app
