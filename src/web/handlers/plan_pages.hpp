#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// A person's development plan for a published cycle: reading it, starting and changing it, checking
// in, sharing it; and a line manager reading a plan shared with them.

// GET /me/cycles/{cycle}/plan: the plan, its check-in form and timeline; before one exists, how to start.
[[nodiscard]] Response my_plan(const Exchange& exchange);
// GET /me/cycles/{cycle}/plan/edit: the form to start or change the plan.
[[nodiscard]] Response edit_plan_page(const Exchange& exchange);
// POST /me/cycles/{cycle}/plan: saves the plan, or shows the form again with what was typed.
[[nodiscard]] Response save_plan(const Exchange& exchange);
// POST /me/cycles/{cycle}/plan/check-ins: records what they did and learned.
[[nodiscard]] Response add_plan_check_in(const Exchange& exchange);
// POST /me/cycles/{cycle}/plan/sharing: shares the plan with their line manager, or stops.
[[nodiscard]] Response share_plan(const Exchange& exchange);
// POST /me/cycles/{cycle}/plan/mentor-sharing: shares the plan with their confirmed mentor, or stops.
[[nodiscard]] Response share_plan_with_mentor(const Exchange& exchange);
// GET /me/cycles/{cycle}/plans/{person}: a plan its owner shared with the viewer, their line manager.
[[nodiscard]] Response shared_plan(const Exchange& exchange);
// GET /api/v1/cycles/{cycle}/plans/{person}: a plan as JSON, for its owner or a line manager it is shared
// with.
[[nodiscard]] Response api_plan(const Exchange& exchange);

} // namespace leadline::web
