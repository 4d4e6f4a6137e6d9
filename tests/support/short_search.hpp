#pragma once

#include <cstdint>

#include "domain/grouping/diverse_grouping.hpp"

namespace leadline::testing {

// A grouping search bounded by a number of walks rather than time, with short walks: test instances
// are small, and the tests run under the sanitizers. Same seed, same result.
inline domain::GroupingSearch short_search(std::uint64_t seed, std::size_t walks,
                                           std::size_t patience = 300) {
    domain::GroupingSearch search;
    search.seed = seed;
    search.most_local_searches = walks;
    search.walk_patience = patience;
    return search;
}

} // namespace leadline::testing
