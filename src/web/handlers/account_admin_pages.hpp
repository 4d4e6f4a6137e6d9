#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// GET /admin/accounts: every account and its status, and the form to invite someone.
[[nodiscard]] Response accounts_page(const Exchange& exchange);
// POST /admin/accounts: creates an account and emails its first sign-in link.
[[nodiscard]] Response invite_account(const Exchange& exchange);
// GET /admin/accounts/{account}: one account, and what can be done to it.
[[nodiscard]] Response account_page(const Exchange& exchange);
// POST /admin/accounts/{account}/link|revoke|close|reopen|role: one thing done to an account.
[[nodiscard]] Response email_account_link(const Exchange& exchange);
[[nodiscard]] Response revoke_account_links(const Exchange& exchange);
[[nodiscard]] Response close_account(const Exchange& exchange);
[[nodiscard]] Response reopen_account(const Exchange& exchange);
[[nodiscard]] Response change_account_role(const Exchange& exchange);

} // namespace leadline::web
