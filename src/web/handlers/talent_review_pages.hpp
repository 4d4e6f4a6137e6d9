#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// The HR team's talent review pages: the list and the start form, a review's meeting board, one person
// with the move form, and the fairness and drift figures.
[[nodiscard]] Response talent_reviews_page(const Exchange& exchange);
[[nodiscard]] Response start_talent_review(const Exchange& exchange);
[[nodiscard]] Response talent_review_page(const Exchange& exchange);
[[nodiscard]] Response change_talent_stage(const Exchange& exchange);
[[nodiscard]] Response talent_person_page(const Exchange& exchange);
[[nodiscard]] Response move_talent_person(const Exchange& exchange);
[[nodiscard]] Response talent_fairness_page(const Exchange& exchange);
// A review as JSON, for the HR team's admins; to anyone else there is none.
[[nodiscard]] Response api_talent_review(const Exchange& exchange);

} // namespace leadline::web
