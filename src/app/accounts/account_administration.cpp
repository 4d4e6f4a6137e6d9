#include "app/accounts/account_administration.hpp"

#include "app/accounts/accounts.hpp"
#include "app/feedback/queued_message.hpp"
#include "domain/people/person.hpp"

namespace leadline::app {

using domain::ErrorCode;
using domain::Result;

Result<StoredUser> AccountAdministration::account_of(domain::UserId account) {
    auto found = m_store.accounts().find_user(account);
    if (!found) {
        return domain::fail(found.error());
    }
    if (!*found) {
        return domain::fail(ErrorCode::NotFound, "There is no such account.");
    }
    return **found;
}

Result<void> AccountAdministration::email_link(const domain::User& user, const std::string& token,
                                               bool first) {
    const auto role = std::string(domain::display_name(user.role));
    std::string body = "Hello,\n\n";
    body +=
        first ? "You have a Leadline account (" + role +
                    "). Leadline is where your organisation runs 360 feedback and leadership development.\n\n"
              : "Here is a new sign-in link for your Leadline account.\n\n";
    body += "Your sign-in link works once, for 7 days, and lets you choose a password:\n" +
            site_address(m_base_url) + "/sign-in/" + token + "\n";
    const auto subject = first ? "Your Leadline account" : "A new sign-in link for Leadline";
    auto queued = queue_message(
        m_store, new_message(user.email, MessageKind::SignIn, subject, body, m_clock.now_seconds()));
    if (!queued) {
        return domain::fail(queued.error());
    }
    return {};
}

Result<domain::UserId> AccountAdministration::invite(const std::string& email, domain::Role role) {
    auto normal = domain::normalise_email(email);
    if (!normal) {
        return domain::fail(normal.error());
    }
    auto person = m_store.people().find_person(*normal);
    if (!person) {
        return domain::fail(person.error());
    }
    if (*person && (*person)->left_at) {
        return domain::fail(ErrorCode::FailedPrecondition,
                            *normal + " belongs to someone who has left, according to the people directory.");
    }
    domain::UserId created;
    auto done = m_store.in_transaction([&]() -> Result<void> {
        auto link = Accounts(m_store, m_clock).add_user(*normal, role);
        if (!link) {
            if (link.error().code == ErrorCode::Conflict) {
                return domain::fail(
                    ErrorCode::Conflict,
                    *normal + " already has an account; send them a new sign-in link from the list.");
            }
            if (link.error().code == ErrorCode::FailedPrecondition) {
                return domain::fail(ErrorCode::FailedPrecondition,
                                    "No one in the people directory has the email " + *normal +
                                        ". Participants and line managers must be in it; add them first.");
            }
            return domain::fail(link.error());
        }
        created = link->user.id;
        return email_link(link->user, link->token, true);
    });
    if (!done) {
        return domain::fail(done.error());
    }
    return created;
}

Result<void> AccountAdministration::send_link(domain::UserId account) {
    auto user = account_of(account);
    if (!user) {
        return domain::fail(user.error());
    }
    return m_store.in_transaction([&]() -> Result<void> {
        auto link = Accounts(m_store, m_clock).issue_link(user->user.email);
        if (!link) {
            return domain::fail(link.error());
        }
        return email_link(user->user, link->token, false);
    });
}

Result<void> AccountAdministration::revoke_links(domain::UserId account) {
    if (auto user = account_of(account); !user) {
        return domain::fail(user.error());
    }
    return Accounts(m_store, m_clock).revoke_links(account);
}

Result<void> AccountAdministration::close(domain::UserId actor, domain::UserId account) {
    if (actor == account) {
        return domain::fail(ErrorCode::FailedPrecondition,
                            "You cannot close your own account. Ask another admin if it should be closed.");
    }
    if (auto user = account_of(account); !user) {
        return domain::fail(user.error());
    }
    return Accounts(m_store, m_clock).close(account);
}

Result<void> AccountAdministration::reopen(domain::UserId account) {
    auto user = account_of(account);
    if (!user) {
        return domain::fail(user.error());
    }
    if (user->user.person) {
        auto person = m_store.people().person(*user->user.person);
        if (!person) {
            return domain::fail(person.error());
        }
        if (*person && (*person)->left_at) {
            return domain::fail(
                ErrorCode::FailedPrecondition,
                user->user.email +
                    " belongs to someone who has left, according to the people directory. If they "
                    "are back, upload a people file that lists them first.");
        }
    }
    return Accounts(m_store, m_clock).reopen(account);
}

Result<void> AccountAdministration::change_role(domain::UserId actor, domain::UserId account,
                                                domain::Role role) {
    if (actor == account) {
        return domain::fail(ErrorCode::FailedPrecondition,
                            "You cannot change your own role. Ask another admin if it should change.");
    }
    auto user = account_of(account);
    if (!user) {
        return domain::fail(user.error());
    }
    const bool needs_person = role == domain::Role::Participant || role == domain::Role::LineManager;
    if (needs_person && !user->user.person) {
        return domain::fail(ErrorCode::FailedPrecondition,
                            user->user.email + " is not in the people directory, so cannot be a " +
                                std::string(domain::display_name(role)) + ".");
    }
    return m_store.in_transaction([&]() -> Result<void> {
        if (auto changed = m_store.accounts().set_role(account, role); !changed) {
            return changed;
        }
        // Pages already open were drawn for the old role: signing in again shows the new one.
        return m_store.accounts().delete_sessions_of(account);
    });
}

} // namespace leadline::app
