#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// GET /: what Leadline is, for someone who arrives without a link.
[[nodiscard]] Response home_page(const Exchange& exchange);
// GET /healthz: 200 when the database answers with the schema this program expects, 503 otherwise.
[[nodiscard]] Response health(const Exchange& exchange);
// GET /assets/{file...}: styles, scripts and images, read once at start.
[[nodiscard]] Response asset(const Exchange& exchange);
[[nodiscard]] std::optional<Response> asset_from_memory(const MemoryExchange& exchange);

} // namespace leadline::web
