#pragma once

#include <optional>
#include <span>

namespace leadline::domain {

// Within-group agreement rwg(J) (James, Demaree and Wolf 1984) against a uniform null: how much
// less the raters' answers vary than random answers on a scale of `scale_points` options would.
// item_variances: the raters' sample variance on each item (behaviour). 1 is full agreement; when
// the answers vary as much as random ones or more, the result is 0 (the usual truncation).
// Nothing is returned for no items or a scale of fewer than two points.
[[nodiscard]] std::optional<double> within_group_agreement(std::span<const double> item_variances,
                                                           int scale_points);

} // namespace leadline::domain
