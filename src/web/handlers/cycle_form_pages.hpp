#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// GET /admin/cycles/new, POST /admin/cycles/new: the form for a new cycle; creating it as a draft.
[[nodiscard]] Response new_cycle_page(const Exchange& exchange);
[[nodiscard]] Response create_cycle(const Exchange& exchange);
// GET /admin/cycles/{cycle}/settings: a draft cycle's settings in the cycle form, to change them.
[[nodiscard]] Response cycle_settings_page(const Exchange& exchange);
// POST /admin/cycles/{cycle}/settings: saves a draft cycle's changed settings.
[[nodiscard]] Response save_cycle_settings(const Exchange& exchange);

} // namespace leadline::web
