#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// The HR team's pages for saved learning sets (formed and saved with `leadline sets --save`).

// GET /admin/learning-sets: the saved plans.
[[nodiscard]] Response learning_sets_page(const Exchange& exchange);
// GET /admin/learning-sets/{plan} and {plan}.csv: one plan's sets, with why each is diverse.
[[nodiscard]] Response learning_set_page(const Exchange& exchange);
[[nodiscard]] Response learning_set_csv(const Exchange& exchange);

} // namespace leadline::web
