#pragma once

namespace leadline::domain {

// What we believe about a rate after seeing `successes` of `trials`: a Beta(alpha, beta) distribution.
struct BetaBelief {
    double alpha = 0.5;
    double beta = 0.5;

    // Jeffreys' prior Beta(1/2, 1/2) updated by the counts. 0 <= successes <= trials.
    [[nodiscard]] static BetaBelief jeffreys(int successes, int trials);
};

// A two-sided interval; `high` is infinite when nothing bounds it.
struct RateInterval {
    double low = 0.0;
    double high = 0.0;
};

// The Jeffreys interval for a proportion (Brown, Cai and DasGupta 2001): the central `level` of the
// Jeffreys belief, except that it starts at 0 when none succeeded and ends at 1 when all did. It covers
// close to `level` even for a handful of trials, where the textbook normal interval fails badly.
// Method: docs/methodology/talent.md.
[[nodiscard]] RateInterval jeffreys_interval(int successes, int trials, double level = 0.90);

// Beliefs with every parameter at least this large (40 or more of each group with the outcome and 40 or
// more without) are far enough from the ends of their range that log p - log q is close to normal; there a
// log-normal with the exact mean and variance of log p - log q (digamma and trigamma) stands in for the
// integral, agreeing with it to within 0.005 on the interval's ends and the chance (tested), in
// microseconds rather than milliseconds.
inline constexpr double log_normal_from = 40.0;

// The chance that p / q <= ratio when p and q are independent with the given beliefs: the integral over
// q of its density times the chance that p <= ratio * q (Boost.Math's tanh-sinh quadrature, which takes
// the densities' infinite ends when a parameter is below 1), or the log-normal above. ratio >= 0.
[[nodiscard]] double chance_ratio_at_most(const BetaBelief& p, const BetaBelief& q, double ratio);

// The central `level` interval of p / q under those beliefs: each end found by solving
// chance_ratio_at_most(p, q, r) = (1 -/+ level) / 2 for r, or read from the log-normal above. `high` is
// infinite when q can be so close to 0 that no ratio up to a thousand reaches the upper end.
[[nodiscard]] RateInterval ratio_interval(const BetaBelief& p, const BetaBelief& q, double level = 0.90);

// The same two by the integral whatever the beliefs' size, for checking the log-normal against it.
[[nodiscard]] double chance_ratio_at_most_by_integral(const BetaBelief& p, const BetaBelief& q, double ratio);
[[nodiscard]] RateInterval ratio_interval_by_integral(const BetaBelief& p, const BetaBelief& q,
                                                      double level = 0.90);

} // namespace leadline::domain
