#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// The pulse as its raters answer it, through the private link in their email: no sign-in.

// GET /p/{token}: the questions, with any answer given before. An unknown link, a withdrawn rater's, or
// one whose round is not open is the same "not found" page as an unknown rater link.
[[nodiscard]] Response pulse_page(const Exchange& exchange);
// POST /p/{token}: keeps the answer (replacing any before), or shows the form again with what was chosen.
[[nodiscard]] Response answer_pulse(const Exchange& exchange);

} // namespace leadline::web
