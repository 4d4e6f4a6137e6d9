// Rates and ratios of rates with honest uncertainty for small groups: checked against closed forms and
// against the exact coverage of the Jeffreys interval.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "domain/statistics/proportions.hpp"

using namespace leadline::domain;

namespace {

// The binomial chance of k successes in n trials at rate p.
double binomial(int k, int n, double p) {
    return std::exp(std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0) + k * std::log(p) +
                    (n - k) * std::log1p(-p));
}

} // namespace

TEST(RatioOfRates, MatchesTheClosedFormWhenBothBeliefsEndAtOne) {
    // p ~ Beta(a, 1), q ~ Beta(b, 1): P(p / q <= r) = r^a * b / (a + b) for r <= 1, and
    // 1 - r^-b * a / (a + b) above 1 (by the same integral with p and q swapped).
    const BetaBelief p{2.5, 1.0};
    const BetaBelief q{1.5, 1.0};
    EXPECT_NEAR(chance_ratio_at_most(p, q, 0.6), std::pow(0.6, 2.5) * 1.5 / 4.0, 1e-9);
    EXPECT_NEAR(chance_ratio_at_most(p, q, 1.0), 1.5 / 4.0, 1e-9);
    EXPECT_NEAR(chance_ratio_at_most(p, q, 2.0), 1.0 - std::pow(2.0, -1.5) * 2.5 / 4.0, 1e-9);
}

TEST(RatioOfRates, HandlesABeliefWhoseDensityIsInfiniteAtItsEnds) {
    // p uniform, q the arcsine distribution Beta(1/2, 1/2): P(p <= r q) = E[min(1, r q)] = r / 2 for r <= 1.
    const BetaBelief p{1.0, 1.0};
    const BetaBelief q{0.5, 0.5};
    // The infinite ends cost the quadrature some digits; seven are far more than any figure shows.
    EXPECT_NEAR(chance_ratio_at_most(p, q, 0.8), 0.4, 1e-7);
    EXPECT_NEAR(chance_ratio_at_most(p, q, 0.25), 0.125, 1e-7);
}

TEST(RatioOfRates, IntervalEndsSolveTheClosedForm) {
    const BetaBelief p{2.5, 1.0};
    const BetaBelief q{1.5, 1.0};
    // The 5% point: r^2.5 * 1.5 / 4 = 0.05.
    const auto interval = ratio_interval(p, q, 0.90);
    EXPECT_NEAR(interval.low, std::pow(0.05 * 4.0 / 1.5, 1.0 / 2.5), 1e-6);
    // The 95% point: 1 - r^-1.5 * 2.5 / 4 = 0.95.
    EXPECT_NEAR(interval.high, std::pow(0.05 * 4.0 / 2.5, -1.0 / 1.5), 1e-6);
}

TEST(RatioOfRates, TwoGroupsWithTheSameCountsGiveAnIntervalSymmetricAboutOne) {
    // p / q and q / p then have the same distribution, so the 5% point is one over the 95% point.
    const auto belief = BetaBelief::jeffreys(3, 7);
    const auto interval = ratio_interval(belief, belief, 0.90);
    EXPECT_NEAR(interval.low * interval.high, 1.0, 1e-6);
    EXPECT_LT(interval.low, 0.5) << "three of seven against three of seven says little";
    EXPECT_NEAR(chance_ratio_at_most(belief, belief, 1.0), 0.5, 1e-9);
}

TEST(RatioOfRates, IsUnboundedWhenTheDenominatorCouldBeAlmostNothing) {
    // Beta(0.1, 5) puts more than half its weight below a thousandth.
    const auto interval = ratio_interval(BetaBelief{2.0, 2.0}, BetaBelief{0.1, 5.0}, 0.90);
    EXPECT_TRUE(std::isinf(interval.high));
}

TEST(JeffreysInterval, StartsAtZeroWithNoSuccessesAndEndsAtOneWithAll) {
    EXPECT_EQ(jeffreys_interval(0, 12).low, 0.0);
    EXPECT_GT(jeffreys_interval(0, 12).high, 0.0);
    EXPECT_EQ(jeffreys_interval(12, 12).high, 1.0);
    const auto half = jeffreys_interval(5, 10);
    EXPECT_NEAR(half.low + half.high, 1.0, 1e-12) << "five of ten is symmetric about a half";
}

TEST(JeffreysInterval, CoversCloseToNinetyPercentEvenForTenPeople) {
    // The exact coverage at a true rate: the chance, over every count 0..n, that the interval holds it.
    // Brown, Cai and DasGupta (2001) show it stays near the nominal level where the normal interval does
    // not; for n = 10 at 90% it stays within a few points of 90% across these rates.
    for (const double rate : {0.1, 0.2, 0.3, 0.5, 0.7}) {
        double coverage = 0.0;
        for (int k = 0; k <= 10; ++k) {
            const auto interval = jeffreys_interval(k, 10, 0.90);
            if (interval.low <= rate && rate <= interval.high) {
                coverage += binomial(k, 10, rate);
            }
        }
        EXPECT_GT(coverage, 0.84) << rate;
        EXPECT_LT(coverage, 0.97) << rate;
    }
}

TEST(RatioOfRates, LargeGroupsUseTheLogNormalWhichAgreesWithTheIntegral) {
    // From the smallest size the log-normal is used at (40 of each) to large groups, both ends and the
    // chance under four-fifths agree with the numerical integral to within 0.005.
    const std::array<std::array<int, 4>, 5> cases{{{40, 80, 40, 80},
                                                   {40, 120, 60, 120},
                                                   {50, 200, 70, 200},
                                                   {100, 400, 150, 400},
                                                   {900, 3000, 1200, 3000}}};
    for (const auto& [p_with, p_people, q_with, q_people] : cases) {
        const auto p = BetaBelief::jeffreys(p_with, p_people);
        const auto q = BetaBelief::jeffreys(q_with, q_people);
        ASSERT_GE(std::min({p.alpha, p.beta, q.alpha, q.beta}), log_normal_from);
        const auto fast = ratio_interval(p, q);
        const auto exact = ratio_interval_by_integral(p, q);
        EXPECT_NEAR(fast.low, exact.low, 0.005) << p_with << "/" << p_people;
        EXPECT_NEAR(fast.high, exact.high, 0.005) << p_with << "/" << p_people;
        EXPECT_NEAR(chance_ratio_at_most(p, q, 0.8), chance_ratio_at_most_by_integral(p, q, 0.8), 0.005);
    }
    // Below that size the integral itself is used.
    const auto small = BetaBelief::jeffreys(3, 7);
    const auto other = BetaBelief::jeffreys(4, 8);
    EXPECT_EQ(ratio_interval(small, other).low, ratio_interval_by_integral(small, other).low);
}
