#include "domain/statistics/estimate.hpp"

#include <algorithm>
#include <cmath>

#include "domain/statistics/descriptive.hpp"

namespace leadline::domain {

Estimate difference_of(const Estimate& a, const Estimate& b) {
    const double a_part = a.standard_error * a.standard_error;
    const double b_part = b.standard_error * b.standard_error;
    Estimate result;
    result.value = a.value - b.value;
    result.standard_error = std::sqrt(a_part + b_part);
    if (a_part + b_part == 0.0) {
        result.degrees_of_freedom = std::min(a.degrees_of_freedom, b.degrees_of_freedom);
        return result;
    }
    // A side without error adds nothing to the denominator, so its degrees of freedom do not matter.
    const double denominator =
        a_part * a_part / a.degrees_of_freedom + b_part * b_part / b.degrees_of_freedom;
    result.degrees_of_freedom = (a_part + b_part) * (a_part + b_part) / denominator;
    return result;
}

Interval interval_of(const Estimate& estimate, double confidence) {
    const double half_width =
        t_quantile(0.5 + confidence / 2.0, estimate.degrees_of_freedom) * estimate.standard_error;
    return {estimate.value - half_width, estimate.value + half_width};
}

double detectable_difference(const Estimate& estimate, double margin, double alpha, double power) {
    const double df = estimate.degrees_of_freedom;
    return margin + (t_quantile(1.0 - alpha, df) + t_quantile(power, df)) * estimate.standard_error;
}

} // namespace leadline::domain
