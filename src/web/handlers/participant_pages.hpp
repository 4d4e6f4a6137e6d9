#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// A participant's pages under /me: the cycles they take part in, who they asked and how many have
// answered, asking raters, their self-assessment, and for line managers their team's mix. (Reports:
// report_pages.hpp.)

// GET /me: the person's cycles, and the reports and team mixes they may read as a line manager.
[[nodiscard]] Response my_cycles(const Exchange& exchange);
// GET /me/cycles/{cycle}: one cycle of theirs (?q= searches the directory for someone to ask).
[[nodiscard]] Response my_cycle(const Exchange& exchange);
// POST /me/cycles/{cycle}/raters: asks someone for feedback.
[[nodiscard]] Response nominate_rater(const Exchange& exchange);
// POST /me/cycles/{cycle}/raters/{nomination}/withdraw: takes back a request while the cycle is a draft.
[[nodiscard]] Response withdraw_rater(const Exchange& exchange);
// POST /me/cycles/{cycle}/self: a fresh link to their own self-assessment, and there.
[[nodiscard]] Response start_self_assessment(const Exchange& exchange);
// GET /me/cycles/{cycle}/team: the right mix of the people they line-managed, when enough have reports.
[[nodiscard]] Response my_team_mix(const Exchange& exchange);

} // namespace leadline::web
