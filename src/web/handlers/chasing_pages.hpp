#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// GET /admin/cycles/{cycle}/chasing: subjects still to choose raters and raters still to answer, with
// when each was last written to, a page of each list at a time, and the buttons that write to them.
[[nodiscard]] Response chasing_page(const Exchange& exchange);

// POST /admin/cycles/{cycle}/nudge: nudges each subject still choosing raters who is due a nudge.
[[nodiscard]] Response nudge_subjects(const Exchange& exchange);

} // namespace leadline::web
