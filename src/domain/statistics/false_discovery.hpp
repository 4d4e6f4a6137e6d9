#pragma once

#include <optional>
#include <vector>

namespace leadline::domain {

// Benjamini and Hochberg's (1995) step-up procedure: the largest p-value that is still a discovery
// when the expected share of false discoveries among all discoveries is to stay at or below `rate`.
// Every p-value at or below the threshold is a discovery; none means there is none.
[[nodiscard]] std::optional<double> false_discovery_threshold(std::vector<double> p_values, double rate);

} // namespace leadline::domain
