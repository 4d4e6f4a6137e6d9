#include "app/accounts/accounts.hpp"

#include "app/security/invitation_token.hpp"
#include "app/security/password_hash.hpp"
#include "domain/people/person.hpp"

namespace leadline::app {

using domain::ErrorCode;
using domain::Result;

namespace {

// An email as typed, in the form accounts are stored under; text that is no address stays as typed
// (it matches no account, but its failures still count).
std::string account_email(const std::string& typed) {
    auto normal = domain::normalise_email(typed);
    return normal ? *normal : typed;
}

std::string account_key(const std::string& email) {
    return hash_token("account:" + account_email(email));
}

std::string address_key(const std::string& address) {
    return hash_token("address:" + address);
}

} // namespace

Result<IssuedLink> Accounts::add_user(const std::string& given_email, domain::Role role) {
    auto normal = domain::normalise_email(given_email);
    if (!normal) {
        return domain::fail(normal.error());
    }
    const auto& email = *normal;
    std::optional<domain::PersonId> person;
    auto found = m_store.people().find_person(email);
    if (!found) {
        return domain::fail(found.error());
    }
    if (*found) {
        person = (*found)->id;
    } else if (role != domain::Role::Admin && role != domain::Role::HrViewer) {
        return domain::fail(ErrorCode::FailedPrecondition,
                            "No one in the people directory has the email " + email +
                                "; import them first (leadline import people), then add their account.");
    }
    IssuedLink issued;
    auto done = m_store.in_transaction([&]() -> Result<void> {
        auto created = m_store.accounts().create_user(email, role, person, m_clock.now_seconds());
        if (!created) {
            if (created.error().code == ErrorCode::Conflict) {
                return domain::fail(ErrorCode::Conflict, email +
                                                             " already has an account; use `leadline users "
                                                             "link` for a new sign-in link.");
            }
            return domain::fail(created.error());
        }
        issued.user = domain::User{*created, email, role, person, false, std::nullopt};
        issued.token = new_secret_token();
        return m_store.accounts().add_sign_in_link(*created, hash_token(issued.token),
                                                   m_clock.now_seconds() + m_policy.link_valid_seconds);
    });
    if (!done) {
        return domain::fail(done.error());
    }
    return issued;
}

Result<IssuedLink> Accounts::issue_link(const std::string& given_email) {
    const auto email = account_email(given_email);
    auto found = m_store.accounts().find_user_by_email(email);
    if (!found) {
        return domain::fail(found.error());
    }
    if (!*found) {
        return domain::fail(ErrorCode::NotFound, "There is no account for " + email + ".");
    }
    if (!(*found)->user.active()) {
        return domain::fail(ErrorCode::FailedPrecondition,
                            "The account of " + email + " is closed; open it again before sending a link.");
    }
    IssuedLink issued{(*found)->user, new_secret_token()};
    auto stored = m_store.accounts().add_sign_in_link(issued.user.id, hash_token(issued.token),
                                                      m_clock.now_seconds() + m_policy.link_valid_seconds);
    if (!stored) {
        return domain::fail(stored.error());
    }
    return issued;
}

Result<std::optional<domain::User>> Accounts::user_for_link(const std::string& link_token) {
    auto owner = m_store.accounts().find_sign_in_link(hash_token(link_token), m_clock.now_seconds());
    if (!owner) {
        return domain::fail(owner.error());
    }
    if (!*owner) {
        return std::optional<domain::User>{};
    }
    auto user = m_store.accounts().find_user(**owner);
    if (!user) {
        return domain::fail(user.error());
    }
    if (!*user || !(*user)->user.active()) {
        return std::optional<domain::User>{};
    }
    return std::optional<domain::User>{(*user)->user};
}

Result<SetPasswordOutcome> Accounts::set_password(const std::string& link_token, const std::string& password,
                                                  const std::string& confirmation) {
    auto user = user_for_link(link_token);
    if (!user) {
        return domain::fail(user.error());
    }
    if (!*user) {
        return domain::fail(ErrorCode::NotFound, "This sign-in link has been used or is out of date.");
    }
    SetPasswordOutcome outcome;
    outcome.password_problems = domain::password_problems(password, (*user)->email);
    if (outcome.password_problems.empty() && confirmation != password) {
        outcome.confirmation_problems.emplace_back("The two passwords are not the same; type it again.");
    }
    if (!outcome.password_problems.empty() || !outcome.confirmation_problems.empty()) {
        return outcome;
    }
    auto hashed = hash_password(password); // slow on purpose: outside the transaction
    if (!hashed) {
        return domain::fail(hashed.error());
    }
    auto done = m_store.in_transaction([&]() -> Result<void> {
        auto used = m_store.accounts().use_sign_in_link(hash_token(link_token), m_clock.now_seconds());
        if (!used) {
            return domain::fail(used.error());
        }
        if (!*used) {
            return domain::fail(ErrorCode::NotFound, "This sign-in link has been used or is out of date.");
        }
        if (auto stored = m_store.accounts().set_password_hash((*user)->id, *hashed); !stored) {
            return stored;
        }
        // A new password ends every session that the old one (or someone else) had open.
        return m_store.accounts().delete_sessions_of((*user)->id);
    });
    if (!done) {
        return domain::fail(done.error());
    }
    auto account = **user;
    account.has_password = true;
    auto session = start_session(account);
    if (!session) {
        return domain::fail(session.error());
    }
    outcome.session = std::move(*session);
    return outcome;
}

Result<SignInOutcome> Accounts::sign_in(const std::string& email, const std::string& password,
                                        const std::string& address) {
    const auto now = m_clock.now_seconds();
    const auto since = now - m_policy.failure_window_seconds;
    const auto keys = {account_key(email), address_key(address)};
    for (const auto& key : keys) {
        auto failures = m_store.accounts().count_sign_in_failures(key, since);
        if (!failures) {
            return domain::fail(failures.error());
        }
        if (domain::sign_in_locked(m_policy, *failures)) {
            return SignInOutcome{std::nullopt, SignInRefusal::Locked};
        }
    }
    auto found = m_store.accounts().find_user_by_email(account_email(email));
    if (!found) {
        return domain::fail(found.error());
    }
    const bool matches = *found ? password_matches((*found)->password_hash, password)
                                : (spend_password_check_time(password), false);
    if (!matches) {
        for (const auto& key : keys) {
            if (auto recorded = m_store.accounts().record_sign_in_failure(key, now); !recorded) {
                return domain::fail(recorded.error());
            }
        }
        return SignInOutcome{std::nullopt, SignInRefusal::WrongDetails};
    }
    if (!(*found)->user.active()) {
        return SignInOutcome{std::nullopt, SignInRefusal::Closed};
    }
    if (auto cleared = m_store.accounts().clear_sign_in_failures(account_key(email)); !cleared) {
        return domain::fail(cleared.error());
    }
    auto session = start_session((*found)->user);
    if (!session) {
        return domain::fail(session.error());
    }
    return SignInOutcome{std::move(*session), std::nullopt};
}

Result<NewSession> Accounts::start_session(const domain::User& user) {
    // Always a new id at sign-in, so an id planted before sign-in is worthless after it.
    NewSession session{new_secret_token(), new_secret_token(), user};
    const auto now = m_clock.now_seconds();
    auto stored = m_store.accounts().create_session(hash_token(session.token),
                                                    StoredSession{user.id, session.csrf_token, now, now});
    if (!stored) {
        return domain::fail(stored.error());
    }
    return session;
}

Result<std::optional<SignedIn>> Accounts::signed_in(const std::string& session_token) {
    if (session_token.empty()) {
        return std::optional<SignedIn>{};
    }
    const auto id_hash = hash_token(session_token);
    auto session = m_store.accounts().find_session(id_hash);
    if (!session) {
        return domain::fail(session.error());
    }
    if (!*session) {
        return std::optional<SignedIn>{};
    }
    const auto now = m_clock.now_seconds();
    if (!domain::session_alive(m_policy, (*session)->created_at, (*session)->last_seen_at, now)) {
        if (auto ended = m_store.accounts().delete_session(id_hash); !ended) {
            return domain::fail(ended.error());
        }
        return std::optional<SignedIn>{};
    }
    auto user = m_store.accounts().find_user((*session)->user);
    if (!user) {
        return domain::fail(user.error());
    }
    if (!*user || !(*user)->user.active()) {
        return std::optional<SignedIn>{};
    }
    if (now - (*session)->last_seen_at >= m_policy.session_touch_seconds) {
        if (auto touched = m_store.accounts().touch_session(id_hash, now); !touched) {
            return domain::fail(touched.error());
        }
    }
    return std::optional<SignedIn>{SignedIn{(*user)->user, (*session)->csrf_token}};
}

Result<void> Accounts::close(domain::UserId user) {
    const auto now = m_clock.now_seconds();
    return m_store.in_transaction([&]() -> Result<void> {
        if (auto closed = m_store.accounts().set_deactivated(user, now); !closed) {
            return closed;
        }
        if (auto revoked = m_store.accounts().revoke_sign_in_links(user, now); !revoked) {
            return revoked;
        }
        return m_store.accounts().delete_sessions_of(user);
    });
}

Result<void> Accounts::reopen(domain::UserId user) {
    return m_store.accounts().set_deactivated(user, std::nullopt);
}

Result<void> Accounts::revoke_links(domain::UserId user) {
    return m_store.accounts().revoke_sign_in_links(user, m_clock.now_seconds());
}

Result<void> Accounts::sign_out(const std::string& session_token) {
    if (session_token.empty()) {
        return {};
    }
    return m_store.accounts().delete_session(hash_token(session_token));
}

} // namespace leadline::app
