#include "web/views/talent_review_view.hpp"

#include <algorithm>
#include <array>

#include "web/views/talent_labels.hpp"

namespace leadline::web {

namespace {

using app::BoardRow;

bool kept(const BoardRow& row, const BoardFilter& filter) {
    if (filter.reviewer &&
        (!row.member.line_manager || row.member.line_manager->value() != *filter.reviewer)) {
        return false;
    }
    if (!filter.box.empty() && placement_value(row.member.now) != filter.box) {
        return false;
    }
    return !filter.questioned || row.views_disagreeing > 0;
}

// Highest box first (potential, then performance), then too new, then not placed.
int box_order(const domain::Placement& placement) {
    if (placement.status == domain::PlacementStatus::Placed) {
        return -(static_cast<int>(placement.box.potential) * 3 + static_cast<int>(placement.box.performance));
    }
    return placement.status == domain::PlacementStatus::TooNewToAssess ? 1 : 2;
}

void sort_rows(std::vector<const BoardRow*>& rows, const std::string& sort) {
    if (sort == "manager") {
        std::stable_sort(rows.begin(), rows.end(), [](const BoardRow* a, const BoardRow* b) {
            return a->manager_name < b->manager_name;
        });
    } else if (sort == "box") {
        std::stable_sort(rows.begin(), rows.end(), [](const BoardRow* a, const BoardRow* b) {
            return box_order(a->member.now) < box_order(b->member.now);
        });
    } else if (sort == "evidence") {
        std::stable_sort(rows.begin(), rows.end(), [](const BoardRow* a, const BoardRow* b) {
            return domain::evidence_strength(a->evidence) < domain::evidence_strength(b->evidence);
        });
    }
}

void fill_stage(ctemplate::TemplateDictionary& page, const app::TalentBoard& board, const std::string& csrf) {
    const auto href = talent_review_href(board.review.id);
    page.SetValue("NAME", board.review.name);
    page.SetValue("POPULATION", board.review.population);
    page.SetValue("STAGE", stage_label(board.review.stage));
    page.SetValue("STAGE_HELP", stage_help(board.review.stage));
    page.SetValue("SELF_HREF", href);
    page.SetValue("STAGE_HREF", href + "/stage");
    page.SetValue("FAIRNESS_HREF", href + "/fairness");
    page.SetValue("CSRF", csrf);
    if (board.review.stage == app::TalentReviewStage::Assessing) {
        page.ShowSection("CAN_BEGIN");
    } else if (board.review.stage == app::TalentReviewStage::Calibrating) {
        page.ShowSection("CAN_CLOSE");
    }
    int assessed = 0;
    int forward = 0;
    int unplaced = 0;
    int moves = 0;
    int disagree = 0;
    for (const auto& row : board.rows) {
        disagree += row.disagrees ? 1 : 0;
        assessed += row.assessed ? 1 : 0;
        forward += row.put_forward ? 1 : 0;
        unplaced += row.member.now.status == domain::PlacementStatus::NotPlaced ? 1 : 0;
        moves += row.moves;
    }
    page.SetIntValue("PEOPLE", static_cast<long>(board.rows.size()));
    page.SetIntValue("ASSESSED", assessed);
    page.SetIntValue("PUT_FORWARD", forward);
    page.SetIntValue("NOT_PLACED", unplaced);
    page.SetIntValue("MOVES", moves);
    page.SetIntValue("DISAGREE", disagree);
}

void fill_grid(ctemplate::TemplateDictionary& page, const app::TalentBoard& board) {
    std::array<int, domain::box_count> counts{};
    for (const auto& row : board.rows) {
        if (row.member.now.status == domain::PlacementStatus::Placed) {
            ++counts[domain::box_index(row.member.now.box)];
        }
    }
    const auto href = talent_review_href(board.review.id);
    for (auto potential = domain::bands.rbegin(); potential != domain::bands.rend(); ++potential) {
        auto* line = page.AddSectionDictionary("GRID_ROW");
        line->SetValue("POTENTIAL", std::string(domain::band_label(*potential)));
        for (const auto performance : domain::bands) {
            const domain::Box box{performance, *potential};
            const auto index = domain::box_index(box);
            auto* cell = line->AddSectionDictionary("GRID_CELL");
            cell->SetIntValue("COUNT", counts[index]);
            cell->SetValue("HREF", href + "?box=" + std::to_string(index) + "#people");
            cell->SetValue("LABEL",
                           std::to_string(counts[index]) + " people: " + domain::box_description(box));
        }
    }
}

void fill_filters(ctemplate::TemplateDictionary& page, const app::TalentBoard& board,
                  const BoardFilter& filter) {
    for (const auto& [id, name] : board.reviewers) {
        auto* option = page.AddSectionDictionary("REVIEWER");
        option->SetIntValue("ID", id.value());
        option->SetValue("NAME", name);
        if (filter.reviewer == id.value()) {
            option->ShowSection("CHOSEN");
        }
    }
    std::vector<std::pair<std::string, std::string>> boxes;
    for (std::size_t index = domain::box_count; index-- > 0;) {
        boxes.emplace_back(std::to_string(index), domain::box_description(domain::box_at(index)));
    }
    boxes.emplace_back("too-new", "Too new to assess");
    for (const auto& [value, label] : boxes) {
        auto* option = page.AddSectionDictionary("BOX_CHOICE");
        option->SetValue("VALUE", value);
        option->SetValue("LABEL", label);
        if (filter.box == value) {
            option->ShowSection("CHOSEN");
        }
    }
    const std::array<std::pair<const char*, const char*>, 4> sorts{
        {{"name", "Name"},
         {"manager", "Line manager"},
         {"box", "Placement, highest first"},
         {"evidence", "Evidence, thinnest first"}}};
    for (const auto& [value, label] : sorts) {
        auto* option = page.AddSectionDictionary("SORT");
        option->SetValue("VALUE", value);
        option->SetValue("LABEL", label);
        if (filter.sort == value) {
            option->ShowSection("CHOSEN");
        }
    }
    if (filter.questioned) {
        page.ShowSection("QUESTIONED");
    }
}

std::string views_text(const BoardRow& row) {
    if (row.views == 0) {
        return "None";
    }
    return std::to_string(row.views) + (row.views == 1 ? " view, " : " views, ") +
           std::to_string(row.views_disagreeing) + " disagreeing";
}

} // namespace

void fill_talent_review(ctemplate::TemplateDictionary& page, const app::TalentBoard& board,
                        const BoardFilter& filter, const std::string& csrf_token, bool moved) {
    fill_stage(page, board, csrf_token);
    fill_grid(page, board);
    fill_filters(page, board, filter);
    if (moved) {
        page.ShowSection("MOVED");
    }
    std::vector<const BoardRow*> rows;
    for (const auto& row : board.rows) {
        if (kept(row, filter)) {
            rows.push_back(&row);
        }
    }
    sort_rows(rows, filter.sort);
    page.SetIntValue("SHOWN", static_cast<long>(rows.size()));
    const auto href = talent_review_href(board.review.id) + "/people/";
    for (const auto* row : rows) {
        auto* line = page.AddSectionDictionary("ROW");
        line->SetValue("HREF", href + std::to_string(row->member.person.value()));
        line->SetValue("NAME", row->name);
        line->SetValue("GRADE", row->grade);
        line->SetValue("MANAGER", row->manager_name.empty() ? "None in the directory" : row->manager_name);
        line->SetValue("PROPOSED", domain::placement_description(row->member.proposed));
        line->SetValue("NOW", domain::placement_description(row->member.now));
        if (row->disagrees) {
            line->ShowSection("DISAGREES_ROW");
        }
        if (row->moves > 0) {
            line->ShowSection("MOVED_ROW");
            line->SetValue("TIMES", row->moves == 1 ? "once" : std::to_string(row->moves) + " times");
        }
        const auto strength = domain::evidence_strength(row->evidence);
        line->SetValue("STRENGTH", strength_label(strength));
        line->SetValue("STRENGTH_CLASS", strength_tag_class(strength));
        line->SetValue("EVIDENCE", domain::evidence_summary(row->evidence));
        line->SetValue("VIEWS", views_text(*row));
    }
}

} // namespace leadline::web
