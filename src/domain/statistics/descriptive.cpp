#include "domain/statistics/descriptive.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace leadline::domain {

Summary bounded_to(Summary summary, double lowest, double highest) {
    if (summary.has_interval()) {
        summary.low = std::clamp(summary.low, lowest, highest);
        summary.high = std::clamp(summary.high, lowest, highest);
    }
    return summary;
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
    static constexpr std::array<double, 6> a{-3.969683028665376e+01, 2.209460984245205e+02,
                                             -2.759285104469687e+02, 1.383577518672690e+02,
                                             -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr std::array<double, 5> b{-5.447609879822406e+01, 1.615858368580409e+02,
                                             -1.556989798598866e+02, 6.680131188771972e+01,
                                             -1.328068155288572e+01};
    static constexpr std::array<double, 6> c{-7.784894002430293e-03, -3.223964580411365e-01,
                                             -2.400758277161838e+00, -2.549732539343734e+00,
                                             4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr std::array<double, 4> d{7.784695709041462e-03, 3.224671290700398e-01,
                                             2.445134137142996e+00, 3.754408661907416e+00};
    constexpr double tail = 0.02425;
    auto outer = [&](double q) {
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
               ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    };
    if (p < tail) {
        return outer(std::sqrt(-2.0 * std::log(p)));
    }
    if (p > 1.0 - tail) {
        return -outer(std::sqrt(-2.0 * std::log(1.0 - p)));
    }
    const double q = p - 0.5;
    const double r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
           (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
}

double t_quantile(double p, int degrees_of_freedom) {
    if (degrees_of_freedom == 1) {
        return std::tan(std::numbers::pi * (p - 0.5));
    }
    if (degrees_of_freedom == 2) {
        return (2.0 * p - 1.0) * std::sqrt(2.0 / (4.0 * p * (1.0 - p)));
    }
    // Abramowitz and Stegun 26.7.5.
    const double z = normal_quantile(p);
    const double v = degrees_of_freedom;
    const double z2 = z * z;
    const double g1 = (z2 + 1.0) * z / 4.0;
    const double g2 = ((5.0 * z2 + 16.0) * z2 + 3.0) * z / 96.0;
    const double g3 = (((3.0 * z2 + 19.0) * z2 + 17.0) * z2 - 15.0) * z / 384.0;
    const double g4 = ((((79.0 * z2 + 776.0) * z2 + 1482.0) * z2 - 1920.0) * z2 - 945.0) * z / 92160.0;
    return z + g1 / v + g2 / (v * v) + g3 / (v * v * v) + g4 / (v * v * v * v);
}

} // namespace leadline::domain
