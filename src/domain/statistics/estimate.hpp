#pragma once

namespace leadline::domain {

// A figure estimated from data, with its standard error and the degrees of freedom that error was
// estimated on (Student's t then gives its intervals and tests). A standard error of zero means the
// figure carries no sampling error, for example a difference of answers that all agree.
struct Estimate {
    double value = 0.0;
    double standard_error = 0.0;
    double degrees_of_freedom = 1.0;
};

// a minus b, for independent estimates: the errors add in square, and the degrees of freedom follow
// Welch and Satterthwaite. When neither side has any error, the result has none either.
[[nodiscard]] Estimate difference_of(const Estimate& a, const Estimate& b);

// The ends of the two-sided interval at `confidence` (0.90: 90%), each also a one-sided bound at
// (1 + confidence) / 2 (0.95 for a 90% interval).
struct Interval {
    double low = 0.0;
    double high = 0.0;
};
[[nodiscard]] Interval interval_of(const Estimate& estimate, double confidence = 0.90);

// The smallest true difference beyond `margin` that a one-sided test at level `alpha` would find
// with probability `power`, at this estimate's standard error and degrees of freedom:
// margin + (t(1 − alpha) + t(power)) · standard error. Method: docs/methodology/report.md.
[[nodiscard]] double detectable_difference(const Estimate& estimate, double margin, double alpha = 0.05,
                                           double power = 0.80);

} // namespace leadline::domain
