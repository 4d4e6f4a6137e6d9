#include "web/views/talent_fairness_view.hpp"

#include <fmt/format.h>

#include "web/views/talent_labels.hpp"

namespace leadline::web {

namespace {

using domain::FairnessReading;

std::string reading_text(const domain::GroupFairness& group, const std::string& yardstick) {
    switch (group.reading) {
    case FairnessReading::Yardstick:
        return "The best-off group, the one others are compared with";
    case FairnessReading::ClearlyBelow:
        return "Clearly under four-fifths of " + yardstick;
    case FairnessReading::BelowNotClear:
        return "Under four-fifths of " + yardstick + ", but not clear with this many people";
    case FairnessReading::AboveNotClear:
        return "At or above four-fifths, but not clear with this many people";
    case FairnessReading::ClearlyAbove:
        return "Clearly at or above four-fifths";
    case FairnessReading::NoComparison:
        return "No other group shown to compare with";
    case FairnessReading::Hidden:
        return group.hidden_too_small ? "Hidden: fewer people than the smallest group shown"
                                      : "Hidden, so that a smaller group cannot be worked out";
    }
    return "";
}

bool flagged(FairnessReading reading) {
    return reading == FairnessReading::ClearlyBelow || reading == FairnessReading::BelowNotClear;
}

std::string share_text(const domain::GroupFairness& group) {
    return fmt::format("{} of {}: {:.0f}% ({:.0f}% to {:.0f}%)", group.with_outcome, group.people,
                       100 * group.rate, 100 * group.rate_interval.low, 100 * group.rate_interval.high);
}

void fill_reading(ctemplate::TemplateDictionary& line, const domain::GroupFairness& group,
                  const std::string& yardstick) {
    const auto text = reading_text(group, yardstick);
    line.AddSectionDictionary(flagged(group.reading) ? "FLAG" : "PLAIN")->SetValue("TEXT", text);
}

void fill_table(ctemplate::TemplateDictionary& field, const std::string& caption,
                const domain::FairnessCheck& check, const char* where = "TABLE") {
    auto* table = field.AddIncludeDictionary(where);
    table->SetFilename("talent_fairness_table.tpl");
    table->SetValue("CAPTION", caption);
    table->SetValue("OVERALL", check.people == 0
                                   ? std::string("nobody yet")
                                   : fmt::format("{} of {} people overall ({:.0f}%)", check.with_outcome,
                                                 check.people, 100 * check.rate));
    for (const auto& group : check.groups) {
        auto* line = table->AddSectionDictionary("GROUP");
        line->SetValue("NAME", group.group);
        const bool hidden = group.reading == FairnessReading::Hidden;
        line->SetValue("PEOPLE", hidden ? "Hidden" : std::to_string(group.people));
        line->SetValue("SHARE", hidden ? "" : share_text(group));
        const bool compared = !hidden && group.reading != FairnessReading::Yardstick &&
                              group.reading != FairnessReading::NoComparison;
        line->SetValue("RATIO", compared ? fmt::format("{:.2f} ({:.2f} to {:.2f})", group.ratio,
                                                       group.ratio_interval.low, group.ratio_interval.high)
                                         : "");
        fill_reading(*line, group, check.yardstick);
    }
}

std::string reviewer_name(const app::TalentBoard& board, domain::PersonId id) {
    if (id.value() == 0) {
        return "Everyone";
    }
    for (const auto& [reviewer, name] : board.reviewers) {
        if (reviewer == id) {
            return name;
        }
    }
    return "A line manager";
}

void fill_by_reviewer(ctemplate::TemplateDictionary& field, const app::TalentBoard& board,
                      const app::FairnessByReviewer& by_reviewer) {
    for (const auto& reviewer : by_reviewer.reviewers) {
        const auto& top = reviewer.proposed_top_boxes;
        const auto& high = reviewer.proposed_high_potential;
        for (std::size_t g = 0; g < top.groups.size() && g < high.groups.size(); ++g) {
            auto* line = field.AddSectionDictionary("REVIEWER_GROUP");
            line->SetValue("REVIEWER", reviewer_name(board, reviewer.reviewer));
            line->SetValue("NAME", top.groups[g].group);
            const bool hidden = top.groups[g].reading == FairnessReading::Hidden;
            line->SetValue("SHARE", hidden ? "Hidden" : share_text(top.groups[g]));
            line->SetValue("HIGH_SHARE", hidden ? "Hidden" : share_text(high.groups[g]));
            fill_reading(*line->AddSectionDictionary("TOP_READING"), top.groups[g], top.yardstick);
            fill_reading(*line->AddSectionDictionary("HIGH_READING"), high.groups[g], high.yardstick);
        }
    }
}

void fill_drift(ctemplate::TemplateDictionary& page, const app::TalentBoard& board,
                const std::vector<domain::ReviewerDrift>& drift) {
    for (const auto& reviewer : drift) {
        auto* line = page.AddSectionDictionary("DRIFT");
        line->SetValue("REVIEWER", reviewer_name(board, reviewer.reviewer));
        line->SetIntValue("PEOPLE", reviewer.people);
        line->SetValue("MIDDLE", fmt::format("{:.0f}% then {:.0f}%", 100 * reviewer.middle_share_before(),
                                             100 * reviewer.middle_share_after()));
        line->SetIntValue("UP", reviewer.moved_up);
        line->SetIntValue("DOWN", reviewer.moved_down);
        line->SetIntValue("ACROSS", reviewer.moved_across);
        line->SetIntValue("TOWARDS", reviewer.towards_middle);
    }
}

void fill_together(ctemplate::TemplateDictionary& page, const FairnessPage& fairness) {
    if (fairness.overall.size() < 2) {
        return; // fewer than two characteristics recorded: nothing to combine
    }
    auto* together = page.AddSectionDictionary("TOGETHER");
    together->SetValue("SELF_HREF", talent_review_href(fairness.board->review.id) + "/fairness");
    together->SetIntValue("MINIMUM", fairness.board->review.minimum_group);
    const std::pair<const char*, domain::EqualityField> choices[] = {{"FIRST_OPTION", fairness.first},
                                                                     {"SECOND_OPTION", fairness.second}};
    for (const auto& [section, chosen] : choices) {
        for (const auto& overall : fairness.overall) {
            auto* option = together->AddSectionDictionary(section);
            option->SetValue("VALUE", std::string(domain::equality_column(overall.field)));
            option->SetValue("LABEL", std::string(domain::equality_label(overall.field)));
            if (overall.field == chosen) {
                option->ShowSection("CHOSEN");
            }
        }
    }
    if (!fairness.together) {
        together->ShowSection("SAME_FIELD");
        return;
    }
    const auto label = std::string(domain::equality_label(fairness.first)) + " and " +
                       std::string(domain::equality_label(fairness.second));
    fill_table(*together, label + ": placed in a top box now", fairness.together->top_boxes,
               "TOGETHER_TABLE");
    fill_table(*together, label + ": placed with high potential now", fairness.together->high_potential,
               "TOGETHER_TABLE");
}

} // namespace

void fill_talent_fairness(ctemplate::TemplateDictionary& page, const FairnessPage& fairness) {
    const auto& board = *fairness.board;
    page.SetValue("BACK_HREF", talent_review_href(board.review.id));
    page.SetValue("REVIEW", board.review.name);
    page.SetIntValue("MINIMUM", board.review.minimum_group);
    if (fairness.overall.empty()) {
        page.ShowSection("NO_FIELDS");
    }
    for (std::size_t f = 0; f < fairness.overall.size(); ++f) {
        const auto& overall = fairness.overall[f];
        auto* field = page.AddSectionDictionary("FIELD");
        field->SetValue("LABEL", std::string(domain::equality_label(overall.field)));
        fill_table(*field, "Placed in a top box now", overall.top_boxes);
        fill_table(*field, "Placed with high potential now", overall.high_potential);
        fill_table(*field, "Moved down in the meeting", overall.moved_down);
        if (f < fairness.by_reviewer.size()) {
            fill_by_reviewer(*field, board, fairness.by_reviewer[f]);
        }
    }
    fill_together(page, fairness);
    fill_drift(page, board, fairness.drift);
}

} // namespace leadline::web
