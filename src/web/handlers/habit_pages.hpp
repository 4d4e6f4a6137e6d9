#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// Micro-actions tried as habits: the plan owner's picks and answers, and the weekly email's private link.

// POST /me/cycles/{cycle}/plan/habits: picks the micro-actions to try each week.
[[nodiscard]] Response pick_habits(const Exchange& exchange);
// POST /me/cycles/{cycle}/plan/habits/answer: "did it" or "not yet" for one of this week's.
[[nodiscard]] Response answer_habit_on_plan(const Exchange& exchange);
// POST /me/cycles/{cycle}/plan/nudges: turns the weekly email off or on.
[[nodiscard]] Response set_plan_nudges(const Exchange& exchange);
// GET /h/{token}: a week's micro-actions through its private link, no sign-in.
[[nodiscard]] Response habit_week_page(const Exchange& exchange);
// POST /h/{token}: answers one of them, or turns the weekly email off or on.
[[nodiscard]] Response answer_habit_by_link(const Exchange& exchange);

} // namespace leadline::web
