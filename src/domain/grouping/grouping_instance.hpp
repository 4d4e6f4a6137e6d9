#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/core/result.hpp"

namespace leadline::domain {

// A maximally diverse grouping problem: n elements, the pairwise dissimilarities between them, and
// G groups, each with a lower and upper size. The objective is the sum, over groups, of the
// dissimilarity of every pair inside the group; larger is more diverse.
struct GroupingInstance {
    std::size_t elements = 0;
    std::vector<std::pair<std::size_t, std::size_t>> group_sizes; // (lower, upper) per group
    std::vector<double> dissimilarity;                            // elements × elements, symmetric

    [[nodiscard]] double between(std::size_t a, std::size_t b) const {
        return dissimilarity[a * elements + b];
    }
};

// Reads the MDGPLIB text format: a first line "n G ss|ds a_1 b_1 ... a_G b_G", then one line
// "i j d_ij" per pair (0-based). Problems name their line and column. Pairs not listed count as 0.
[[nodiscard]] Result<GroupingInstance> parse_mdgplib(std::string_view text);

// The objective of an assignment (group_of[e] is element e's group), computed directly from the
// pairs: an independent check of any solver's own bookkeeping.
[[nodiscard]] double grouping_objective(const GroupingInstance& instance,
                                        const std::vector<std::size_t>& group_of);

// Whether an assignment is feasible: every element in a group that exists, every group's size within
// its bounds. The message names the first problem.
[[nodiscard]] Result<void> check_grouping(const GroupingInstance& instance,
                                          const std::vector<std::size_t>& group_of);

} // namespace leadline::domain
