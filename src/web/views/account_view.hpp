#pragma once

#include <cstdint>
#include <string>

#include <ctemplate/template.h>

#include "app/ports/account_repository.hpp"

namespace leadline::web {

// Fills admin_account.tpl: one account's person, role and status, what was just done to it, and the
// buttons that look after it (none on an admin's own account).
void fill_account(ctemplate::TemplateDictionary& page, const app::AccountOverview& account, std::int64_t now,
                  bool own_account, const std::string& done, const std::string& csrf_token);

// What an action did, in words for the banner, by the name the address carries ("link", "closed"); empty
// for an unknown name.
[[nodiscard]] std::string account_action_done(const std::string& name);

} // namespace leadline::web
