#pragma once

#include <optional>
#include <string_view>

#include "domain/core/date.hpp"
#include "domain/core/result.hpp"

namespace leadline::domain {

// The longest retention period the organisation page takes: ten years, past any policy we know of.
inline constexpr int longest_retention_months = 120;

// The day a published cycle's individual answers are due to be deleted: `months` after its closing date.
// A closing day the later month lacks (31 August plus 6 months) moves to that month's last day.
[[nodiscard]] Date answers_due_for_deletion(Date closes_on, int months);

// The retention period as typed: empty keeps answers for good; otherwise a whole number of months from 1 to
// longest_retention_months. InvalidInput, with what to type, for anything else.
[[nodiscard]] Result<std::optional<int>> retention_months_from(std::string_view typed);

} // namespace leadline::domain
