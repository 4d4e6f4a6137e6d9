#pragma once

#include <optional>
#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/talent/talent_board.hpp"
#include "app/talent/talent_reviews.hpp"

namespace leadline::web {

struct FairnessPage {
    const app::TalentBoard* board = nullptr; // for the review and reviewers' names
    std::vector<app::TalentFairness> overall;
    std::vector<app::FairnessByReviewer> by_reviewer; // same fields, same order
    std::vector<domain::ReviewerDrift> drift;
    // Two characteristics together, as chosen; nothing when the two chosen are the same.
    domain::EqualityField first = domain::EqualityField::Sex;
    domain::EqualityField second = domain::EqualityField::Ethnicity;
    std::optional<app::TalentIntersection> together;
};

// Fills admin_talent_fairness.tpl: per characteristic the top boxes and moves down with their readings,
// each line manager's proposals, and drift by line manager (everyone last).
void fill_talent_fairness(ctemplate::TemplateDictionary& page, const FairnessPage& fairness);

} // namespace leadline::web
