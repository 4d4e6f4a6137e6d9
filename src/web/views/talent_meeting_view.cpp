#include "web/views/talent_meeting_view.hpp"

#include "web/views/talent_labels.hpp"

namespace leadline::web {

namespace {

std::string others_text(const std::vector<domain::PreMeetingView>& visible, domain::PersonId person,
                        domain::PersonId reviewer) {
    int agree = 0;
    int disagree = 0;
    std::string notes;
    for (const auto& view : visible) {
        if (view.person != person || view.reviewer == reviewer) {
            continue;
        }
        (view.agrees ? agree : disagree) += 1;
        if (!view.note.empty()) {
            notes += " “" + view.note + "”";
        }
    }
    if (agree + disagree == 0) {
        return "";
    }
    return std::to_string(agree) + " agree, " + std::to_string(disagree) + " do not." + notes;
}

void fill_form(ctemplate::TemplateDictionary& card, const app::TalentBoard& board, const app::BoardRow& row,
               const std::vector<domain::PreMeetingView>& visible, domain::PersonId reviewer,
               const TypedView& typed, const std::string& csrf_token) {
    auto* form = card.AddSectionDictionary("FORM");
    form->SetValue("ACTION", my_talent_href(board.review.id) + "/views");
    form->SetValue("CSRF", csrf_token);
    form->SetIntValue("ID", row.member.person.value());
    std::string agrees;
    std::string note;
    if (typed.person == row.member.person) {
        agrees = typed.agrees;
        note = typed.note;
        if (!typed.error.empty()) {
            form->ShowSection("HAS_ERROR");
            form->AddSectionDictionary("ERROR")->SetValue("MESSAGE", typed.error);
        }
    } else {
        for (const auto& view : visible) {
            if (view.person == row.member.person && view.reviewer == reviewer) {
                agrees = view.agrees ? "yes" : "no";
                note = view.note;
            }
        }
    }
    if (agrees == "yes") {
        form->ShowSection("AGREES");
    } else if (agrees == "no") {
        form->ShowSection("DISAGREES");
    }
    form->SetValue("NOTE", note);
}

} // namespace

void fill_talent_meeting(ctemplate::TemplateDictionary& page, const app::TalentBoard& board,
                         const std::vector<const app::BoardRow*>& rows,
                         const std::vector<domain::PreMeetingView>& visible, domain::PersonId reviewer,
                         const TypedView& typed, const std::string& csrf_token) {
    page.SetValue("REVIEW", board.review.name);
    const bool before = board.review.stage == app::TalentReviewStage::Assessing;
    page.ShowSection(before ? "BEFORE" : "DURING");
    if (rows.empty()) {
        page.ShowSection("NOBODY");
    }
    for (const auto* row : rows) {
        auto* card = page.AddSectionDictionary("PERSON");
        card->SetIntValue("ID", row->member.person.value());
        card->SetValue("NAME", row->name);
        card->SetValue("MANAGER", row->manager_name.empty() ? "None in the directory" : row->manager_name);
        card->SetValue("PLACEMENT_LABEL", before ? "Proposed" : "Now");
        card->SetValue("PLACEMENT",
                       domain::placement_description(before ? row->member.proposed : row->member.now));
        card->SetValue("EVIDENCE", strength_label(domain::evidence_strength(row->evidence)) + ": " +
                                       domain::evidence_summary(row->evidence));
        if (const auto others = others_text(visible, row->member.person, reviewer); !others.empty()) {
            card->AddSectionDictionary("OTHERS")->SetValue("TEXT", others);
        }
        if (before && row->member.proposed.status != domain::PlacementStatus::NotPlaced) {
            fill_form(*card, board, *row, visible, reviewer, typed, csrf_token);
        }
    }
}

} // namespace leadline::web
