#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// GET /admin/equality: the values the organisation records for each protected characteristic.
[[nodiscard]] Response equality_page(const Exchange& exchange);

// POST /admin/equality: saves them, or shows what was typed with each problem.
[[nodiscard]] Response save_equality_categories(const Exchange& exchange);

} // namespace leadline::web
