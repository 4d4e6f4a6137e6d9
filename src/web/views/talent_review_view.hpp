#pragma once

#include <optional>
#include <string>

#include <ctemplate/template.h>

#include "app/talent/talent_board.hpp"

namespace leadline::web {

// What the meeting has chosen to look at: one line manager's people, one box, people a reviewer
// questioned before the meeting, in an order. Read from the page's query string, so a view can be
// bookmarked or shared in the meeting.
struct BoardFilter {
    std::optional<std::int64_t> reviewer;
    std::string box;           // "" for any, else a placement_value
    std::string sort = "name"; // name, manager, box, evidence
    bool questioned = false;
};

// Fills admin_talent_review.tpl: the review's stage and what can be done next, the 9-box's counts, and
// the people the filter keeps in its order.
void fill_talent_review(ctemplate::TemplateDictionary& page, const app::TalentBoard& board,
                        const BoardFilter& filter, const std::string& csrf_token, bool moved);

} // namespace leadline::web
