#include "domain/statistics/descriptive.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>

namespace leadline::domain {

Summary bounded_to(Summary summary, double lowest, double highest) {
    if (summary.has_interval()) {
        summary.low = std::clamp(summary.low, lowest, highest);
        summary.high = std::clamp(summary.high, lowest, highest);
    }
    return summary;
}

Difference bounded_to(Difference difference, double range) {
    difference.low = std::clamp(difference.low, -range, range);
    difference.high = std::clamp(difference.high, -range, range);
    return difference;
}

Summary summarise(std::span<const double> values, double confidence) {
    Summary summary;
    summary.n = static_cast<int>(values.size());
    if (values.empty()) {
        return summary;
    }
    double total = 0.0;
    for (double value : values) {
        total += value;
    }
    summary.mean = total / static_cast<double>(values.size());
    summary.low = summary.mean;
    summary.high = summary.mean;
    if (summary.n < 2) {
        return summary;
    }
    double squares = 0.0;
    for (double value : values) {
        squares += (value - summary.mean) * (value - summary.mean);
    }
    summary.sd = std::sqrt(squares / static_cast<double>(summary.n - 1));
    const double half_width = t_quantile(0.5 + confidence / 2.0, summary.n - 1) * summary.sd /
                              std::sqrt(static_cast<double>(summary.n));
    summary.low = summary.mean - half_width;
    summary.high = summary.mean + half_width;
    return summary;
}

Difference difference_of_means(const Summary& before, const Summary& now, double confidence) {
    Difference difference;
    difference.value = now.mean - before.mean;
    difference.low = difference.value;
    difference.high = difference.value;
    if (!before.has_interval() || !now.has_interval()) {
        return difference;
    }
    const double before_part = before.sd * before.sd / before.n;
    const double now_part = now.sd * now.sd / now.n;
    const double standard_error = std::sqrt(before_part + now_part);
    difference.has_interval = true;
    if (standard_error == 0.0) {
        return difference; // both sides without spread: the difference is what it is
    }
    // Welch–Satterthwaite degrees of freedom, rounded down (a little wider, never narrower).
    const double freedom = (before_part + now_part) * (before_part + now_part) /
                           (before_part * before_part / (before.n - 1) + now_part * now_part / (now.n - 1));
    const int degrees = std::max(1, static_cast<int>(std::floor(freedom)));
    const double half_width = t_quantile(0.5 + confidence / 2.0, degrees) * standard_error;
    difference.low = difference.value - half_width;
    difference.high = difference.value + half_width;
    return difference;
}

double normal_quantile(double p) {
    return boost::math::quantile(boost::math::normal_distribution<double>{}, p);
}

double t_probability(double x, double degrees_of_freedom) {
    return boost::math::cdf(boost::math::students_t_distribution<double>(degrees_of_freedom), x);
}

double t_quantile(double p, double degrees_of_freedom) {
    return boost::math::quantile(boost::math::students_t_distribution<double>(degrees_of_freedom), p);
}

} // namespace leadline::domain
