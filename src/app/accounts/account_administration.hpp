#pragma once

#include <string>

#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "domain/accounts/user.hpp"

namespace leadline::app {

// What an admin does to other people's accounts from the browser. Every sign-in link goes out by email
// through the outbox, so the admin never sees it. An admin cannot close their own account or change its role:
// the organisation must never be left without someone who can sign in and put things right.
class AccountAdministration {
  public:
    AccountAdministration(Store& store, const Clock& clock, std::string base_url)
        : m_store(store), m_clock(clock), m_base_url(std::move(base_url)) {}

    // Creates an account and emails its first sign-in link. Participants and line managers must be in the
    // people directory (and still working there); admins and HR viewers need not be.
    [[nodiscard]] domain::Result<domain::UserId> invite(const std::string& email, domain::Role role);
    // Emails a fresh one-time link (a first sign-in that was missed, or a forgotten password).
    [[nodiscard]] domain::Result<void> send_link(domain::UserId account);
    // Every unused link stops working (one sent to the wrong person, say); the account stays open.
    [[nodiscard]] domain::Result<void> revoke_links(domain::UserId account);
    [[nodiscard]] domain::Result<void> close(domain::UserId actor, domain::UserId account);
    [[nodiscard]] domain::Result<void> reopen(domain::UserId account);
    [[nodiscard]] domain::Result<void> change_role(domain::UserId actor, domain::UserId account,
                                                   domain::Role role);

  private:
    [[nodiscard]] domain::Result<StoredUser> account_of(domain::UserId account);
    [[nodiscard]] domain::Result<void> email_link(const domain::User& user, const std::string& token,
                                                  bool first);

    Store& m_store;
    const Clock& m_clock;
    std::string m_base_url;
};

} // namespace leadline::app
