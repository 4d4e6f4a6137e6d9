#include "domain/talent/fairness_by_reviewer.hpp"

#include <algorithm>
#include <map>

namespace leadline::domain {

namespace {

bool is_hidden(const FairnessCheck& check, const std::string& group) {
    const auto found = std::find_if(check.groups.begin(), check.groups.end(),
                                    [&](const GroupFairness& each) { return each.group == group; });
    return found != check.groups.end() && found->reading == FairnessReading::Hidden;
}

// Withholds one more cell of the group whose hidden cells hold too few people; false when every group's
// hidden cells are safe.
bool withhold_one_more(std::vector<std::vector<GroupCount>>& rows, const std::vector<FairnessCheck>& checks,
                       int minimum) {
    std::map<std::string, int> hidden_people;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (const auto& cell : rows[r]) {
            if (cell.people > 0 && is_hidden(checks[r], cell.group)) {
                hidden_people[cell.group] += cell.people;
            }
        }
    }
    for (const auto& [group, people] : hidden_people) {
        if (people >= minimum) {
            continue;
        }
        GroupCount* fewest = nullptr;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            for (auto& cell : rows[r]) {
                if (cell.group == group && cell.people > 0 && !is_hidden(checks[r], group) &&
                    (fewest == nullptr || cell.people < fewest->people)) {
                    fewest = &cell;
                }
            }
        }
        if (fewest != nullptr) {
            fewest->withheld = true;
            return true;
        }
    }
    return false;
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
    // Each pass withholds one more cell, so this ends within as many passes as there are cells.
    while (true) {
        std::vector<FairnessCheck> checks;
        for (const auto& row : rows) {
            auto check = check_fairness(row, kind, minimum);
            if (!check) {
                return fail(check.error());
            }
            checks.push_back(std::move(*check));
        }
        if (!withhold_one_more(rows, checks, minimum)) {
            return checks;
        }
    }
}

} // namespace leadline::domain
