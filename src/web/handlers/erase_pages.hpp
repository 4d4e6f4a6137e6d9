#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// GET /admin/people/erase: what erasing someone does, and the form to name them.
[[nodiscard]] Response erase_page(const Exchange& exchange);
// POST /admin/people/erase: checks the person can be erased and asks to confirm; confirmed, erases them
// and draws the published cycles' reports again without them.
[[nodiscard]] Response erase_person(const Exchange& exchange);

} // namespace leadline::web
