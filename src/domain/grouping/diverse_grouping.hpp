#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "domain/core/result.hpp"
#include "domain/grouping/grouping_instance.hpp"

namespace leadline::domain {

struct GroupingRules {
    // Pairs of elements that must never share a group (same team, line chain, "keep apart").
    std::vector<std::pair<std::size_t, std::size_t>> apart;
    // Optional, one per element: how messages name an element ("Sam Lee (sam@example.org)").
    std::vector<std::string> element_names;
};

struct GroupingSearch {
    std::uint64_t seed = 1;
    // Asked now and then; the search stops and returns its best grouping once it answers true. The
    // caller owns the clock, so the search itself stays a pure function of its inputs and the answers.
    std::function<bool()> time_is_up;
    // Or, or as well: stop after this many local searches (0: no such limit). One of the two is needed.
    std::size_t most_local_searches = 0;
    // The tabu walk's settings (tuned on MDGPLIB, docs/methodology/grouping.md): a person who leaves a
    // group may not return for tabu_tenure to 2 × tabu_tenure steps; a walk ends after walk_patience
    // steps without a better grouping; each perturbation makes up to perturbation × n random swaps.
    std::size_t tabu_tenure = 15;
    std::size_t walk_patience = 5000;
    double perturbation = 0.2;
};

struct Grouping {
    std::vector<std::size_t> group_of; // per element
    double objective = 0.0;
    std::size_t local_searches = 0;
};

// A grouping as diverse as the search finds in its time: iterated local search over moves (one
// element to another group) and swaps (two elements of different groups), evaluated incrementally
// from each element's sum of dissimilarities to every group, with random swaps as perturbation
// (after Lai & Hao 2016). Never breaks a size bound or an "apart" pair. Method:
// docs/methodology/grouping.md. The same seed and the same answers from time_is_up give the same grouping.
[[nodiscard]] Result<Grouping> diverse_grouping(const GroupingInstance& instance, const GroupingRules& rules,
                                                const GroupingSearch& search);

} // namespace leadline::domain
