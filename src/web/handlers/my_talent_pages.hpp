#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// A participant's talent review pages: the reviews they assess people in or are in themselves, the
// assessment form (a line manager's of their people, or their own), and what their review says about them.
[[nodiscard]] Response my_talent_page(const Exchange& exchange);
[[nodiscard]] Response talent_assessment_page(const Exchange& exchange);
[[nodiscard]] Response save_talent_assessment_form(const Exchange& exchange);
[[nodiscard]] Response own_talent_page(const Exchange& exchange);
// Keeps what a person says when they disagree with their closed review.
[[nodiscard]] Response say_talent_disagreement(const Exchange& exchange);
// A reviewer's page of the people in their meeting, and saving their view on one before it.
[[nodiscard]] Response talent_meeting_page(const Exchange& exchange);
[[nodiscard]] Response save_talent_view(const Exchange& exchange);

} // namespace leadline::web
