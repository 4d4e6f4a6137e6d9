#include "web/views/accounts_view.hpp"

#include <array>

#include "app/governance/audit_log.hpp"

namespace leadline::web {

namespace {

struct RoleChoice {
    domain::Role role;
    const char* hint;
};

constexpr std::array<RoleChoice, 4> role_choices{{
    {domain::Role::Admin, "Runs cycles, uploads people, reads every report and looks after accounts"},
    {domain::Role::HrViewer, "Reads cycles' progress and reports; changes nothing"},
    {domain::Role::LineManager, "Takes part in cycles and sees what their team shares with them"},
    {domain::Role::Participant, "Takes part in cycles: chooses raters, rates themselves, reads their report"},
}};

} // namespace

std::string account_status(const app::AccountOverview& account, std::int64_t now) {
    const auto& user = account.user;
    if (user.deactivated_at) {
        return "Closed on " + app::readable_time(*user.deactivated_at);
    }
    if (user.has_password) {
        return account.last_seen_at ? "Active, last seen " + app::readable_time(*account.last_seen_at)
                                    : std::string("Active");
    }
    if (account.link_expires_at && *account.link_expires_at > now) {
        return "Invited: their sign-in link works until " + app::readable_time(*account.link_expires_at);
    }
    return "Invited, but their sign-in link has run out: email them a new one";
}

void fill_role_choices(ctemplate::TemplateDictionary& where, const std::string& id_prefix,
                       const std::string& checked) {
    for (const auto& choice : role_choices) {
        const std::string value(domain::to_string(choice.role));
        auto* radio = where.AddSectionDictionary("ROLE_CHOICE");
        radio->SetValue("ID", id_prefix + value);
        radio->SetValue("VALUE", value);
        radio->SetValue("LABEL", std::string(domain::display_name(choice.role)));
        radio->SetValue("HINT", choice.hint);
        if (value == checked) {
            radio->ShowSection("CHECKED");
        }
    }
}

void fill_accounts(ctemplate::TemplateDictionary& page, const std::vector<app::AccountOverview>& accounts,
                   std::int64_t now, const InvitationForm& form, const std::string& csrf_token) {
    page.SetValue("CSRF", csrf_token);
    page.SetValue("COUNT",
                  std::to_string(accounts.size()) + (accounts.size() == 1 ? " account" : " accounts"));
    for (const auto& account : accounts) {
        auto* row = page.AddSectionDictionary("ACCOUNT");
        row->SetValue("HREF", "/admin/accounts/" + std::to_string(account.user.id.value()));
        row->SetValue("EMAIL", account.user.email);
        if (!account.person_name.empty()) {
            row->AddSectionDictionary("NAME")->SetValue("TEXT", account.person_name);
        }
        row->SetValue("ROLE", std::string(domain::display_name(account.user.role)));
        row->SetValue("STATUS", account_status(account, now));
    }
    page.SetValue("TYPED_EMAIL", form.email);
    fill_role_choices(page, "role-", form.role);
    for (const auto& problem : form.problems) {
        const char* section = problem.field_id == "email" ? "EMAIL_ERROR" : "ROLE_ERROR";
        page.AddSectionDictionary(section)->SetValue("MESSAGE", problem.message);
    }
}

} // namespace leadline::web
