#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace leadline::domain {

// A relation that holds between figures of a table: the sum of coefficient × figure is zero (for
// example a parent unit's total minus each child's total).
struct LinearRelation {
    std::vector<std::pair<std::size_t, double>> terms; // (figure, coefficient)
};

// The hidden figures that someone could still work out exactly from the shown ones and the relations,
// by any combination of them (a parent minus the other children, a total minus the rest, and chains
// of such steps). Exact Gaussian elimination on the relations restricted to the hidden figures: a
// hidden figure is determined when every solution of the relations gives it the same value.
[[nodiscard]] std::vector<std::size_t> derivable_hidden(std::size_t figures,
                                                        const std::vector<LinearRelation>& relations,
                                                        const std::vector<bool>& hidden);

} // namespace leadline::domain
