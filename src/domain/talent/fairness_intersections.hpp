#pragma once

#include <string>
#include <vector>

#include "domain/talent/fairness.hpp"
#include "domain/talent/fairness_groups.hpp"

namespace leadline::domain {

// Two characteristics together ("Female, Asian or Asian British"): bias can fall on a combination that
// neither characteristic alone shows. Each combination is a group of the outcome's fairness check, shown
// only where it is at least the minimum and where no hidden combination can be worked out from the
// shown ones together with the single-characteristic tables the same page shows.

// A table of combinations: rows are the first characteristic's groups, columns the second's, both in
// group_counts's order and only those with somebody in them.
struct IntersectionTable {
    std::vector<GroupCount> rows;               // the first characteristic alone
    std::vector<GroupCount> columns;            // the second alone
    std::vector<std::vector<GroupCount>> cells; // [row][column], named "row group, column group"
};

[[nodiscard]] IntersectionTable
intersection_counts(std::span<const ReviewedPerson> people,
                    const std::unordered_map<std::int64_t, EqualityRecord>& records, EqualityField first,
                    EqualityField second, const EqualityCategories& categories, ReviewOutcome outcome);

// Which cells must be withheld, [row][column]: every cell with somebody but fewer than the minimum, and
// then, one at a time, the shown cell whose hiding leaves the fewest such cells (or hidden row or column
// totals that small) that can still be worked out exactly from the shown cells, the totals the single
// tables show (those tables hide with hidden_groups) and the grand total; on a tie, a cell in the same
// row or column as a small one, then the fewest people (an empty combination, whose hiding costs nothing,
// first). Counts of people decide it: the same cells are withheld for the outcome's counts, whose sums
// follow the same relations. An empty combination left shown is known to be empty.
[[nodiscard]] std::vector<std::vector<bool>> intersection_withheld(const IntersectionTable& table,
                                                                   int minimum);

// The fairness check of the combinations as groups (check_fairness), with the cells above withheld; an
// empty combination that is withheld is listed as hidden like the rest.
[[nodiscard]] Result<FairnessCheck> check_intersection(const IntersectionTable& table, OutcomeKind kind,
                                                       int minimum);

} // namespace leadline::domain
