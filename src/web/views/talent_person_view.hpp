#pragma once

#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/talent/talent_board.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// A move as typed in the meeting, kept when it is refused.
struct TypedMove {
    std::string placement; // a placement_value
    std::string proposed_by;
    std::string reason;
};

// One person of a review as the meeting's chair sees them.
struct PersonInReview {
    const app::TalentBoard* board = nullptr;
    const app::BoardRow* row = nullptr;
    std::vector<app::StoredAssessment> assessments; // theirs only
    std::vector<domain::PreMeetingView> views;      // about them only
    std::vector<app::PlacementMove> moves;          // of them only, in order
    std::optional<app::ThreeSixtyFigures> three_sixty;
    std::optional<app::Disagreement> disagreement; // what they told HR, once the review closed
};

// Fills admin_talent_person.tpl: who they are, where they stand and on what evidence, the move form while
// the review is calibrating (with what was typed and its problems), the assessments, views and changes.
void fill_talent_person(ctemplate::TemplateDictionary& page, const PersonInReview& person,
                        const domain::Framework& framework, const TypedMove& typed,
                        const std::vector<PageError>& errors, const std::string& csrf_token);

} // namespace leadline::web
