#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// The HR team's pages for learning sets: formed from the page (or saved with `leadline sets --save`).

// GET /admin/learning-sets/new: the form to form sets.
[[nodiscard]] Response new_learning_sets_page(const Exchange& exchange);
// POST /admin/learning-sets/new: forms and saves them, or shows the form again with what was typed.
[[nodiscard]] Response form_learning_sets(const Exchange& exchange);

// GET /admin/learning-sets: the saved plans.
[[nodiscard]] Response learning_sets_page(const Exchange& exchange);
// GET /admin/learning-sets/{plan} and {plan}.csv: one plan's sets, with why each is diverse.
[[nodiscard]] Response learning_set_page(const Exchange& exchange);
[[nodiscard]] Response learning_set_csv(const Exchange& exchange);
// POST /admin/learning-sets/{plan}/confirm: confirms the sets and emails each member theirs, once.
[[nodiscard]] Response confirm_learning_sets(const Exchange& exchange);

} // namespace leadline::web
