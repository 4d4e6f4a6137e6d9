#pragma once

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
};

// Fills admin_talent_fairness.tpl: per characteristic the top boxes and moves down with their readings,
// each line manager's proposals, and drift by line manager (everyone last).
void fill_talent_fairness(ctemplate::TemplateDictionary& page, const FairnessPage& fairness);

} // namespace leadline::web
