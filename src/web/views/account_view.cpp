#include "web/views/account_view.hpp"

#include <array>
#include <utility>

#include "web/views/accounts_view.hpp"

namespace leadline::web {

std::string account_action_done(const std::string& name) {
    static constexpr std::array<std::pair<const char*, const char*>, 6> said{{
        {"invited", "The invitation is on its way: it holds a sign-in link that works once, for 7 days."},
        {"link", "A new sign-in link is on its way to them by email."},
        {"revoked", "Their unused sign-in links no longer work."},
        {"closed", "The account is closed: it cannot sign in, and any session it had has ended."},
        {"reopened", "The account is open again."},
        {"role", "The role is changed. If they were signed in, they sign in again to see its pages."},
    }};
    for (const auto& [key, text] : said) {
        if (name == key) {
            return text;
        }
    }
    return {};
}

void fill_account(ctemplate::TemplateDictionary& page, const app::AccountOverview& account, std::int64_t now,
                  bool own_account, const std::string& done, const std::string& csrf_token) {
    const auto& user = account.user;
    page.SetValue("EMAIL", user.email);
    page.SetValue("PERSON", account.person_name.empty() ? std::string("Not in the people directory")
                                                        : account.person_name);
    page.SetValue("ROLE", std::string(domain::display_name(user.role)));
    page.SetValue("STATUS", account_status(account, now));
    if (!done.empty()) {
        page.AddSectionDictionary("DONE")->SetValue("TEXT", done);
    }
    if (own_account) {
        page.ShowSection("YOURSELF");
        return;
    }
    auto* actions = page.AddSectionDictionary("ACTIONS");
    actions->SetValue("BASE", "/admin/accounts/" + std::to_string(user.id.value()));
    actions->SetValue("CSRF", csrf_token);
    if (user.active()) {
        actions->ShowSection("SEND");
        actions->ShowSection("CLOSE");
        if (account.link_expires_at && *account.link_expires_at > now) {
            actions->ShowSection("REVOKE");
        }
    } else {
        actions->ShowSection("REOPEN");
    }
    fill_role_choices(*actions, "role-", std::string(domain::to_string(user.role)));
}

} // namespace leadline::web
