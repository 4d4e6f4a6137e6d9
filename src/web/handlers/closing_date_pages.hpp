#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// GET /admin/cycles/{cycle}/closing-date: the form for a later closing date, or for reopening a closed
// cycle that is not yet published.
[[nodiscard]] Response closing_date_page(const Exchange& exchange);
// POST /admin/cycles/{cycle}/closing-date: sets the new date (reopening a closed cycle until then).
[[nodiscard]] Response change_closing_date(const Exchange& exchange);

} // namespace leadline::web
