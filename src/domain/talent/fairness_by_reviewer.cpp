#include "domain/talent/fairness_by_reviewer.hpp"

#include <algorithm>
#include <map>

namespace leadline::domain {

namespace {

// Withholds, for each group whose hidden cells hold some people but fewer than the minimum, its smallest
// cell still shown; false when every group's hidden cells are safe. Counts people only, so a pass is cheap
// however many reviewers there are.
bool withhold_more(std::vector<std::vector<GroupCount>>& rows, int minimum) {
    std::map<std::string, int> hidden_people;
    std::map<std::string, GroupCount*> smallest_shown;
    for (auto& row : rows) {
        const auto hidden = hidden_groups(row, minimum);
        for (std::size_t g = 0; g < row.size(); ++g) {
            auto& cell = row[g];
            if (cell.people == 0) {
                continue;
            }
            if (hidden[g]) {
                hidden_people[cell.group] += cell.people;
                continue;
            }
            auto& smallest = smallest_shown[cell.group];
            if (smallest == nullptr || cell.people < smallest->people) {
                smallest = &cell;
            }
        }
    }
    bool withheld = false;
    for (const auto& [group, people] : hidden_people) {
        const auto candidate = smallest_shown.find(group);
        if (people < minimum && candidate != smallest_shown.end()) {
            candidate->second->withheld = true;
            withheld = true;
        }
    }
    return withheld;
}

} // namespace

Result<std::vector<FairnessCheck>> check_fairness_by_reviewer(std::vector<std::vector<GroupCount>> rows,
                                                              const std::vector<std::string>& hidden_overall,
                                                              OutcomeKind kind, int minimum) {
    for (auto& row : rows) {
        for (auto& cell : row) {
            if (std::find(hidden_overall.begin(), hidden_overall.end(), cell.group) != hidden_overall.end()) {
                cell.withheld = true;
            }
        }
    }
    // Each pass withholds at least one more cell, so this ends within as many passes as there are cells.
    while (withhold_more(rows, minimum)) {
    }
    std::vector<FairnessCheck> checks;
    checks.reserve(rows.size());
    for (const auto& row : rows) {
        auto check = check_fairness(row, kind, minimum);
        if (!check) {
            return fail(check.error());
        }
        checks.push_back(std::move(*check));
    }
    return checks;
}

} // namespace leadline::domain
