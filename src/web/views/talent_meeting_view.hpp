#pragma once

#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/talent/talent_board.hpp"
#include "domain/talent/calibration.hpp"

namespace leadline::web {

// A view as typed on one person's card, kept with its problem when refused.
struct TypedView {
    domain::PersonId person;
    std::string agrees; // "yes", "no" or ""
    std::string note;
    std::string error;
};

// Fills me_talent_meeting.tpl for one reviewer: a card per person they may see (`rows`), with the
// placement proposed (before the meeting) or now (in it), the evidence behind it, the form for their own
// view before the meeting, and other reviewers' views where `visible` (domain::visible_views) has them.
void fill_talent_meeting(ctemplate::TemplateDictionary& page, const app::TalentBoard& board,
                         const std::vector<const app::BoardRow*>& rows,
                         const std::vector<domain::PreMeetingView>& visible, domain::PersonId reviewer,
                         const TypedView& typed, const std::string& csrf_token);

} // namespace leadline::web
