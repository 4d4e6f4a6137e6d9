#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// Signing in and out. Accounts and sessions: docs/adr/0004-accounts.md.

// GET /sign-in: the form, or the person's home when they are signed in already.
[[nodiscard]] Response sign_in_page(const Exchange& exchange);
// POST /sign-in: checks the email and password; a session cookie and home, or the form with the problem.
[[nodiscard]] Response sign_in(const Exchange& exchange);
// GET /sign-in/{link}: a one-time link's form to choose a password.
[[nodiscard]] Response choose_password_page(const Exchange& exchange);
// POST /sign-in/{link}: sets the password and signs in, or shows the form with the problems.
[[nodiscard]] Response choose_password(const Exchange& exchange);
// POST /sign-out: ends the session and forgets its cookie.
[[nodiscard]] Response sign_out(const Exchange& exchange);

} // namespace leadline::web
