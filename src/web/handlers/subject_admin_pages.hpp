#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// GET /admin/cycles/{cycle}/subjects/{person}: who a subject asked, where each rater is, and the ways
// to undo.
[[nodiscard]] Response subject_admin_page(const Exchange& exchange);

// POST /admin/cycles/{cycle}/subjects/{person}/remove: asks first, then takes the subject out of a draft.
[[nodiscard]] Response admin_remove_subject(const Exchange& exchange);

// POST /admin/cycles/{cycle}/raters/{nomination}/withdraw: asks first, then withdraws the rater, deleting
// whatever they answered.
[[nodiscard]] Response admin_withdraw_rater(const Exchange& exchange);

} // namespace leadline::web
