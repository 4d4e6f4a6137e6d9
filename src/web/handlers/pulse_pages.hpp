#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// The pulse for its subject and for the HR team.

// GET /me/cycles/{cycle}/pulse: the subject's rounds and, once each closes, what it found.
[[nodiscard]] Response my_pulse(const Exchange& exchange);
// POST /me/cycles/{cycle}/pulse/raters: the subject adds someone to be asked.
[[nodiscard]] Response add_pulse_rater(const Exchange& exchange);
// GET /admin/cycles/{cycle}/pulse: the rounds' dates, as set or suggested.
[[nodiscard]] Response admin_pulse(const Exchange& exchange);
// POST /admin/cycles/{cycle}/pulse: saves the rounds' dates, or shows the form again with what was typed.
[[nodiscard]] Response save_pulse_dates(const Exchange& exchange);

// POST /admin/cycles/{cycle}/pulse/withdraw: withdraws a rater from a subject's round open now.
[[nodiscard]] Response withdraw_pulse_rater(const Exchange& exchange);

} // namespace leadline::web
