#pragma once

#include <vector>

#include "domain/core/result.hpp"
#include "domain/talent/fairness.hpp"

namespace leadline::domain {

// The fairness of one outcome for each reviewer's people (one row of groups per reviewer), hidden in two
// directions. Within a row, as check_fairness hides. Across rows, the cells of one group that are hidden
// must together hold no people or at least `minimum` (else someone who knows the group's total over all
// reviewers could subtract the shown cells and find a small one), so further cells of that group are
// hidden, fewest people first, until they do. A reviewer's figures never carry a group hidden in the
// whole review's own table (`hidden_overall`, by group name). Method: docs/methodology/talent.md.
[[nodiscard]] Result<std::vector<FairnessCheck>>
check_fairness_by_reviewer(std::vector<std::vector<GroupCount>> rows,
                           const std::vector<std::string>& hidden_overall, OutcomeKind kind, int minimum);

} // namespace leadline::domain
