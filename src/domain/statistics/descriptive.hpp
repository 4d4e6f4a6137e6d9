#pragma once

#include <span>

namespace leadline::domain {

// What a set of scores says, with its uncertainty: a confidence interval for the mean from the t
// distribution. With fewer than two values there is no interval, and nothing may be concluded.
struct Summary {
    int n = 0;
    double mean = 0.0;
    double sd = 0.0; // sample standard deviation (n - 1)
    double low = 0.0;
    double high = 0.0;

    [[nodiscard]] bool has_interval() const { return n >= 2; }
};

// confidence: two-sided, e.g. 0.90 for a 90% interval.
[[nodiscard]] Summary summarise(std::span<const double> values, double confidence = 0.90);

// The summary of values that can only lie from lowest to highest (a rating scale), with its interval
// cut to that range. The true mean lies in the range, so an interval that held it still holds it once
// cut: the coverage is the same, and no bound is ever off the scale (docs/methodology/report.md).
[[nodiscard]] Summary bounded_to(Summary summary, double lowest, double highest);

// How far one mean has moved from another, with a confidence interval (Welch: the two groups may have
// different spreads and sizes). No interval when either side has fewer than two values.
struct Difference {
    double value = 0.0; // now minus before
    double low = 0.0;
    double high = 0.0;
    bool has_interval = false;
};

[[nodiscard]] Difference difference_of_means(const Summary& before, const Summary& now,
                                             double confidence = 0.90);

// The difference with its interval cut to [-range, range]: two means that each lie on a scale differ by
// at most its range, so the cut interval covers as often as the uncut one.
[[nodiscard]] Difference bounded_to(Difference difference, double range);

// The standard normal distribution's quantile (Boost.Math). p in (0, 1).
[[nodiscard]] double normal_quantile(double p);

// Student's t distribution function: the probability of a value at or below x. degrees_of_freedom > 0.
[[nodiscard]] double t_probability(double x, double degrees_of_freedom);

// Student's t quantile (Boost.Math, to double precision at any degrees of freedom, whole or not, as
// Welch–Satterthwaite gives them). p in (0, 1); degrees_of_freedom > 0.
[[nodiscard]] double t_quantile(double p, double degrees_of_freedom);

} // namespace leadline::domain
