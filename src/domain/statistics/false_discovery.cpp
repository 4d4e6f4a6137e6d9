#include "domain/statistics/false_discovery.hpp"

#include <algorithm>

namespace leadline::domain {

std::optional<double> false_discovery_threshold(std::vector<double> p_values, double rate) {
    std::sort(p_values.begin(), p_values.end());
    const auto tests = static_cast<double>(p_values.size());
    std::optional<double> threshold;
    for (std::size_t k = 0; k < p_values.size(); ++k) {
        if (p_values[k] <= rate * static_cast<double>(k + 1) / tests) {
            threshold = p_values[k];
        }
    }
    return threshold;
}

} // namespace leadline::domain
