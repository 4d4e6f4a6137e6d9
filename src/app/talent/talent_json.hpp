#pragma once

#include <string>

#include "app/talent/talent_board.hpp"

namespace leadline::app {

// A review as the API gives it to the HR team: the review, and each person's proposed and current
// placement with the evidence behind it and the views and moves about them. Never any equality
// information: that exists only as the fairness page's figures about groups.
[[nodiscard]] std::string talent_review_json(const TalentBoard& board);

} // namespace leadline::app
