#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// GET /admin/cycles/{cycle}/programme: development after a published cycle's reports, across everyone.
[[nodiscard]] Response programme_page(const Exchange& exchange);

} // namespace leadline::web
