#include "domain/statistics/agreement.hpp"

namespace leadline::domain {

std::optional<double> within_group_agreement(std::span<const double> item_variances, int scale_points) {
    if (item_variances.empty() || scale_points < 2) {
        return std::nullopt;
    }
    double total = 0.0;
    for (double variance : item_variances) {
        total += variance;
    }
    const double mean_variance = total / static_cast<double>(item_variances.size());
    const double uniform_variance = (static_cast<double>(scale_points) * scale_points - 1.0) / 12.0;
    const double ratio = mean_variance / uniform_variance;
    if (ratio >= 1.0) {
        return 0.0;
    }
    const double items = static_cast<double>(item_variances.size());
    return items * (1.0 - ratio) / (items * (1.0 - ratio) + ratio);
}

} // namespace leadline::domain
