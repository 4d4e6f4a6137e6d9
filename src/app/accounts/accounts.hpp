#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "domain/accounts/sign_in_policy.hpp"
#include "domain/accounts/user.hpp"

namespace leadline::app {

// A session just begun: the secret for the cookie and the form token for the pages.
struct NewSession {
    std::string token;
    std::string csrf_token;
    domain::User user;
};

// Who is signed in, as found from a session cookie.
struct SignedIn {
    domain::User user;
    std::string csrf_token;
};

struct IssuedLink {
    domain::User user;
    std::string token; // goes in the link /sign-in/{token}; never stored
};

// Why a sign-in did not work. Wrong email and wrong password read the same, so the page does not
// reveal which accounts exist.
// A closed account is said to be closed only to someone who gave its right password.
enum class SignInRefusal { WrongDetails, Locked, Closed };

// Either a session, or what is wrong with the password chosen (in words for the person).
struct SetPasswordOutcome {
    std::optional<NewSession> session;
    std::vector<std::string> password_problems;
    std::vector<std::string> confirmation_problems;
};

struct SignInOutcome {
    std::optional<NewSession> session;
    std::optional<SignInRefusal> refusal;
};

// Accounts and sessions: one-time sign-in links, passwords (Argon2id), server-side sessions with idle
// expiry, and locking after repeated failures per account and per address.
class Accounts {
  public:
    Accounts(Store& store, const Clock& clock, domain::SignInPolicy policy = {})
        : m_store(store), m_clock(clock), m_policy(policy) {}

    // Creates an account and its first sign-in link. A participant or line manager must be in the people
    // directory (found by the same email); an admin or HR viewer is linked to their entry when they have one.
    [[nodiscard]] domain::Result<IssuedLink> add_user(const std::string& email, domain::Role role);
    // A fresh one-time link for an existing account (first sign-in, or a forgotten password).
    [[nodiscard]] domain::Result<IssuedLink> issue_link(const std::string& email);
    // The account a link opens, if it is unused and in date.
    [[nodiscard]] domain::Result<std::optional<domain::User>> user_for_link(const std::string& link_token);
    // Sets the password through a link: uses the link up, ends the account's other sessions, signs in.
    // A link that is unknown, used or out of date fails with NotFound.
    [[nodiscard]] domain::Result<SetPasswordOutcome>
    set_password(const std::string& link_token, const std::string& password, const std::string& confirmation);
    [[nodiscard]] domain::Result<SignInOutcome> sign_in(const std::string& email, const std::string& password,
                                                        const std::string& address);
    // The person behind a session cookie, if the session is still alive; keeps it alive.
    [[nodiscard]] domain::Result<std::optional<SignedIn>> signed_in(const std::string& session_token);
    [[nodiscard]] domain::Result<void> sign_out(const std::string& session_token);
    // Closes an account: it cannot sign in, its sessions end and its unused links stop working.
    [[nodiscard]] domain::Result<void> close(domain::UserId user);
    // Opens a closed account again; it needs a new sign-in link unless it kept its password.
    [[nodiscard]] domain::Result<void> reopen(domain::UserId user);
    // Makes every unused sign-in link of the account worthless (one sent to the wrong address, say).
    [[nodiscard]] domain::Result<void> revoke_links(domain::UserId user);

    [[nodiscard]] const domain::SignInPolicy& policy() const { return m_policy; }

  private:
    [[nodiscard]] domain::Result<NewSession> start_session(const domain::User& user);

    Store& m_store;
    const Clock& m_clock;
    domain::SignInPolicy m_policy;
};

} // namespace leadline::app
