#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// GET /admin/organisation: the organisation's name, contact and privacy notice, as saved.
[[nodiscard]] Response organisation_page(const Exchange& exchange);

// POST /admin/organisation: saves them, or shows what was typed with each problem.
[[nodiscard]] Response save_organisation(const Exchange& exchange);

} // namespace leadline::web
