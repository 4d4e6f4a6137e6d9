#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// The HR team's views of a published cycle as a whole; each refuses with "not ready yet" before the
// cycle is published.

// GET /admin/cycles/{cycle}/heatmap and heatmap.csv: units by attributes (?k= sets the fewest people
// a cell is shown for).
[[nodiscard]] Response heatmap_page(const Exchange& exchange);
[[nodiscard]] Response heatmap_csv(const Exchange& exchange);
// GET /admin/cycles/{cycle}/team: the right mix of the subjects in a unit (?unit=).
[[nodiscard]] Response admin_team_mix(const Exchange& exchange);
// GET /admin/cycles/{cycle}/mentoring and mentoring.csv: a mentor for each subject, with the reason
// POST /admin/cycles/{cycle}/mentoring: keeps the matches shown (at the capacity sent) and emails each
// person.
[[nodiscard]] Response confirm_mentoring(const Exchange& exchange);
// (?capacity= sets each mentor's most mentees).
[[nodiscard]] Response mentoring_page(const Exchange& exchange);
[[nodiscard]] Response mentoring_csv(const Exchange& exchange);

} // namespace leadline::web
