#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// GET /me/approvals: the rater lists of people this line manager manages, waiting for their approval.
[[nodiscard]] Response my_approvals(const Exchange& exchange);
// POST /me/approvals/{cycle}/{person}: a line manager approves a list.
[[nodiscard]] Response approve_as_manager(const Exchange& exchange);
// POST /admin/cycles/{cycle}/subjects/{person}/approve: the HR team approves a list.
[[nodiscard]] Response approve_as_admin(const Exchange& exchange);

} // namespace leadline::web
