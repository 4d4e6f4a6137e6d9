#include "app/talent/talent_board.hpp"

#include <algorithm>

namespace leadline::app {

using domain::PersonId;
using domain::Result;

Result<ThreeSixty> ThreeSixty::gather(Store& store, PublishedReports& published) {
    auto cycles = store.cycles().cycles();
    if (!cycles) {
        return domain::fail(cycles.error());
    }
    // Newest first, so a person's latest cycle is the one kept.
    std::sort(cycles->begin(), cycles->end(),
              [](const CycleSummary& a, const CycleSummary& b) { return a.id.value() > b.id.value(); });
    ThreeSixty gathered;
    for (const auto& cycle : *cycles) {
        if (cycle.state != domain::CycleState::Published) {
            continue;
        }
        auto reports = published.of(store, cycle.id);
        if (!reports) {
            return domain::fail(reports.error());
        }
        gathered.m_sets.push_back(*reports);
        for (const auto& subject : (*reports)->subjects) {
            int raters = 0;
            for (const auto& group : subject.report.groups) {
                if (group.group != domain::RaterGroup::Self) {
                    raters += group.responses;
                }
            }
            gathered.m_people.try_emplace(subject.subject.value(),
                                          ThreeSixtyFigures{(*reports)->cycle_name, &subject, raters});
        }
    }
    return gathered;
}

std::optional<ThreeSixtyFigures> ThreeSixty::of(PersonId person) const {
    const auto found = m_people.find(person.value());
    if (found == m_people.end()) {
        return std::nullopt;
    }
    return found->second;
}

namespace {

// What the stored assessments say about each person: whether the line manager assessed them and the
// box their ratings suggest, whether they put themselves forward, how many assessors rated them.
void add_assessments(std::unordered_map<std::int64_t, BoardRow*>& rows, const domain::Framework& framework,
                     const std::vector<StoredAssessment>& assessments) {
    const auto axes = domain::default_axes(framework);
    for (const auto& assessment : assessments) {
        const auto row = rows.find(assessment.person.value());
        if (row == rows.end()) {
            continue;
        }
        if (assessment.role == domain::AssessorRole::Self) {
            row->second->put_forward = true;
            continue;
        }
        row->second->assessed = true;
        ++row->second->evidence.assessors;
        row->second->suggested = domain::suggested_box(axes, framework.scale, assessment.ratings);
    }
}

} // namespace

Result<TalentBoard> talent_board(Store& store, const domain::Framework& framework,
                                 const ThreeSixty& three_sixty, std::int64_t review) {
    auto found = store.talent_reviews().review(review);
    if (!found) {
        return domain::fail(found.error());
    }
    if (!*found) {
        return domain::fail(domain::ErrorCode::NotFound, "There is no such talent review.");
    }
    auto members = store.talent_reviews().members(review);
    auto assessments = store.talent_reviews().assessments(review);
    auto views = store.talent_reviews().views(review);
    auto moves = store.talent_reviews().moves(review);
    auto disagreements = store.talent_reviews().disagreements(review);
    auto people = store.people().people();
    auto units = store.people().units();
    if (!disagreements) {
        return domain::fail(disagreements.error());
    }
    if (!members || !assessments || !views || !moves || !people || !units) {
        return domain::fail(!members       ? members.error()
                            : !assessments ? assessments.error()
                            : !views       ? views.error()
                            : !moves       ? moves.error()
                            : !people      ? people.error()
                                           : units.error());
    }
    std::unordered_map<std::int64_t, const domain::Person*> by_id;
    for (const auto& person : *people) {
        by_id.emplace(person.id.value(), &person);
    }
    std::unordered_map<std::int64_t, std::string> unit_paths;
    for (const auto& unit : *units) {
        unit_paths.emplace(unit.id.value(), unit.path);
    }
    const auto name_of = [&](PersonId id) {
        const auto person = by_id.find(id.value());
        return person == by_id.end() ? std::string("Someone no longer in the directory")
                                     : person->second->name;
    };
    TalentBoard board;
    board.review = std::move(**found);
    board.rows.reserve(members->size());
    std::unordered_map<std::int64_t, BoardRow*> rows;
    for (const auto& member : *members) {
        auto& row = board.rows.emplace_back();
        row.member = member;
        row.name = name_of(member.person);
        if (const auto person = by_id.find(member.person.value()); person != by_id.end()) {
            row.grade = person->second->grade;
            row.unit = unit_paths[person->second->unit.value()];
        }
        if (member.line_manager) {
            row.manager_name = name_of(*member.line_manager);
            const auto known =
                std::find_if(board.reviewers.begin(), board.reviewers.end(),
                             [&](const auto& each) { return each.first == *member.line_manager; });
            if (known == board.reviewers.end()) {
                board.reviewers.emplace_back(*member.line_manager, row.manager_name);
            }
        }
        if (const auto figures = three_sixty.of(member.person)) {
            row.evidence.raters = figures->raters;
        }
    }
    for (auto& row : board.rows) {
        rows.emplace(row.member.person.value(), &row);
    }
    add_assessments(rows, framework, *assessments);
    for (const auto& view : *views) {
        if (const auto row = rows.find(view.person.value()); row != rows.end()) {
            ++row->second->views;
            row->second->views_disagreeing += view.agrees ? 0 : 1;
        }
    }
    for (const auto& move : *moves) {
        if (const auto row = rows.find(move.person.value()); row != rows.end()) {
            ++row->second->moves;
        }
    }
    for (const auto& disagreement : *disagreements) {
        if (const auto row = rows.find(disagreement.person.value()); row != rows.end()) {
            row->second->disagrees = true;
        }
    }
    std::stable_sort(board.rows.begin(), board.rows.end(),
                     [](const BoardRow& a, const BoardRow& b) { return a.name < b.name; });
    std::sort(board.reviewers.begin(), board.reviewers.end(),
              [](const auto& a, const auto& b) { return a.second < b.second; });
    return board;
}

} // namespace leadline::app
