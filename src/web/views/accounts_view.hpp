#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/ports/account_repository.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// The invitation form as sent, with what is wrong with it.
struct InvitationForm {
    std::string email;
    std::string role;                // as sent: "admin", "hr-viewer", ...
    std::vector<PageError> problems; // field ids "email" and "role-admin"
};

// Fills admin_accounts.tpl: every account with its role and status, and the invitation form.
void fill_accounts(ctemplate::TemplateDictionary& page, const std::vector<app::AccountOverview>& accounts,
                   std::int64_t now, const InvitationForm& form, const std::string& csrf_token);

// Where an account stands, in words: "Closed on …", "Invited: the link works until …", "Active, last seen …".
[[nodiscard]] std::string account_status(const app::AccountOverview& account, std::int64_t now);

// The role radios (ROLE_CHOICE sections), with `checked` chosen; ids start with `id_prefix`.
void fill_role_choices(ctemplate::TemplateDictionary& where, const std::string& id_prefix,
                       const std::string& checked);

} // namespace leadline::web
