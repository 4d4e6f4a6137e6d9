#include "web/views/talent_person_view.hpp"

#include "app/governance/audit_log.hpp"
#include "web/views/talent_evidence_view.hpp"
#include "web/views/talent_labels.hpp"

namespace leadline::web {

namespace {

std::string reviewer_name(const app::TalentBoard& board, domain::PersonId id) {
    for (const auto& [reviewer, name] : board.reviewers) {
        if (reviewer == id) {
            return name;
        }
    }
    return "A reviewer";
}

void fill_move_form(ctemplate::TemplateDictionary& page, const PersonInReview& person, const TypedMove& typed,
                    const std::vector<PageError>& errors) {
    auto* form = page.AddSectionDictionary("CAN_MOVE");
    const auto& board = *person.board;
    form->SetValue("MOVE_HREF", talent_review_href(board.review.id) + "/people/" +
                                    std::to_string(person.row->member.person.value()) + "/move");
    form->SetIntValue("REVISION", person.row->member.revision);
    fill_placement_options(*form, typed.placement);
    for (const auto& [id, name] : board.reviewers) {
        auto* option = form->AddSectionDictionary("PROPOSER");
        option->SetIntValue("ID", id.value());
        option->SetValue("NAME", name);
        if (typed.proposed_by == std::to_string(id.value())) {
            option->ShowSection("CHOSEN");
        }
    }
    form->SetValue("TYPED_REASON", typed.reason);
    for (const auto& error : errors) {
        const auto section = error.field_id == "reason"        ? "REASON_ERROR"
                             : error.field_id == "proposed_by" ? "PROPOSER_ERROR"
                                                               : "PLACEMENT_ERROR";
        form->AddSectionDictionary(section)->SetValue("MESSAGE", error.message);
    }
}

void fill_views_and_history(ctemplate::TemplateDictionary& page, const PersonInReview& person) {
    const auto& board = *person.board;
    if (person.views.empty()) {
        page.ShowSection("NO_VIEWS");
    }
    for (const auto& view : person.views) {
        auto* line = page.AddSectionDictionary("VIEW");
        line->SetValue("REVIEWER", reviewer_name(board, view.reviewer));
        line->SetValue("AGREES", view.agrees ? "agrees with the proposed placement" : "does not agree");
        if (!view.note.empty()) {
            line->AddSectionDictionary("NOTE")->SetValue("TEXT", view.note);
        }
    }
    if (person.moves.empty()) {
        page.ShowSection("NO_MOVES");
    }
    for (const auto& move : person.moves) {
        auto* line = page.AddSectionDictionary("HISTORY");
        line->SetValue("FROM", domain::placement_description(move.from));
        line->SetValue("TO", domain::placement_description(move.to));
        line->SetValue("BY", reviewer_name(board, move.proposed_by));
        line->SetValue("WHEN", app::readable_time(move.at));
        line->SetValue("REASON", move.reason);
    }
}

} // namespace

void fill_talent_person(ctemplate::TemplateDictionary& page, const PersonInReview& person,
                        const domain::Framework& framework, const TypedMove& typed,
                        const std::vector<PageError>& errors, const std::string& csrf_token) {
    const auto& board = *person.board;
    const auto& row = *person.row;
    page.SetValue("CSRF", csrf_token);
    page.SetValue("BACK_HREF", talent_review_href(board.review.id) + "#people");
    page.SetValue("REVIEW", board.review.name);
    page.SetValue("NAME", row.name);
    page.SetValue("UNIT", row.unit);
    page.SetValue("GRADE", row.grade);
    page.SetValue("MANAGER", row.manager_name.empty() ? "None in the directory" : row.manager_name);
    page.SetValue("PROPOSED", domain::placement_description(row.member.proposed));
    page.SetValue("NOW", domain::placement_description(row.member.now));
    const auto strength = domain::evidence_strength(row.evidence);
    page.SetValue("STRENGTH", strength_label(strength));
    page.SetValue("STRENGTH_CLASS", strength_tag_class(strength));
    page.SetValue("EVIDENCE", domain::evidence_summary(row.evidence));
    if (board.review.stage == app::TalentReviewStage::Calibrating) {
        fill_move_form(page, person, typed, errors);
    }
    if (board.review.stage == app::TalentReviewStage::Closed &&
        row.member.now.status == domain::PlacementStatus::Placed) {
        page.ShowSection("CAN_POOL");
        page.SetValue("POOL_HREF", talent_review_href(board.review.id) + "/people/" +
                                       std::to_string(row.member.person.value()) + "/pool");
    }
    std::vector<AssessmentToRead> read;
    for (const auto& assessment : person.assessments) {
        read.push_back({assessment.role == domain::AssessorRole::Self
                            ? std::string("Their own assessment")
                            : "Line manager's assessment (" + reviewer_name(board, assessment.assessor) + ")",
                        &assessment});
    }
    fill_assessments_read(page, "READ", framework, read, "Nobody has assessed them yet.", person.three_sixty);
    fill_views_and_history(page, person);
    if (person.disagreement) {
        auto* said = page.AddSectionDictionary("DISAGREES");
        said->SetValue("WHEN", app::readable_time(person.disagreement->at));
        said->SetValue("TEXT", person.disagreement->said);
    }
}

} // namespace leadline::web
