#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// What someone chooses for mentoring after a published cycle, on their own page: whether they would like a
// mentor and for what, the strengths they could offer, and how many people they could mentor.

// GET /me/cycles/{cycle}/mentoring: the form, filled with what they chose before.
[[nodiscard]] Response my_mentoring_choice(const Exchange& exchange);
// POST /me/cycles/{cycle}/mentoring: keeps the choice, or shows the form again with what was typed.
[[nodiscard]] Response save_my_mentoring_choice(const Exchange& exchange);

} // namespace leadline::web
