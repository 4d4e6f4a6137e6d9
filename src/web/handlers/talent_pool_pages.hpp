#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// The HR team's talent pools: the pools with a search across them and the form to start one; adding
// someone a closed review placed (or renewing their place); taking someone out.
[[nodiscard]] Response talent_pools_page(const Exchange& exchange);
[[nodiscard]] Response create_talent_pool_form(const Exchange& exchange);
[[nodiscard]] Response talent_pool_entry_page(const Exchange& exchange);
[[nodiscard]] Response add_to_talent_pool_form(const Exchange& exchange);
[[nodiscard]] Response remove_from_talent_pool(const Exchange& exchange);

} // namespace leadline::web
