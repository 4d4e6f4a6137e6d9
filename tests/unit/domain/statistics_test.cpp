// Descriptive statistics and rater agreement, against hand-worked figures and published tables.
#include <gtest/gtest.h>

#include <vector>

#include "domain/statistics/agreement.hpp"
#include "domain/statistics/descriptive.hpp"
#include "domain/statistics/estimate.hpp"

using namespace leadline::domain;

TEST(Summarise, GivesMeanSampleSdAndA90PercentTInterval) {
    const std::vector<double> values{2, 4, 4, 4, 5, 5, 7, 9};
    const auto summary = summarise(values);
    EXPECT_EQ(summary.n, 8);
    EXPECT_DOUBLE_EQ(summary.mean, 5.0);
    EXPECT_NEAR(summary.sd, 2.138090, 1e-6);
    // mean ± t(0.95, 7) × sd / √8, t(0.95, 7) = 1.894579
    EXPECT_NEAR(summary.low, 3.567833, 1e-4);
    EXPECT_NEAR(summary.high, 6.432167, 1e-4);
    EXPECT_TRUE(summary.has_interval());
}

TEST(Summarise, OneValueHasNoInterval) {
    const std::vector<double> values{4};
    const auto summary = summarise(values);
    EXPECT_EQ(summary.n, 1);
    EXPECT_DOUBLE_EQ(summary.mean, 4.0);
    EXPECT_FALSE(summary.has_interval());
    EXPECT_EQ(summarise(std::vector<double>{}).n, 0);
}

TEST(Summarise, AWiderConfidenceGivesAWiderInterval) {
    const std::vector<double> values{3, 4, 4, 5, 2};
    const auto ninety = summarise(values, 0.90);
    const auto ninety_five = summarise(values, 0.95);
    EXPECT_LT(ninety_five.low, ninety.low);
    EXPECT_GT(ninety_five.high, ninety.high);
}

TEST(Quantiles, MatchPublishedTables) {
    EXPECT_NEAR(normal_quantile(0.95), 1.644854, 1e-6);
    EXPECT_NEAR(normal_quantile(0.975), 1.959964, 1e-6);
    EXPECT_NEAR(normal_quantile(0.01), -2.326348, 1e-6);
    // Student's t, upper 5% points.
    const std::vector<std::pair<int, double>> table{{1, 6.313752},  {2, 2.919986},  {3, 2.353363},
                                                    {4, 2.131847},  {5, 2.015048},  {10, 1.812461},
                                                    {30, 1.697261}, {120, 1.657651}};
    for (const auto& [df, expected] : table) {
        EXPECT_NEAR(t_quantile(0.95, df), expected, 1e-6) << df << " degrees of freedom";
    }
    EXPECT_NEAR(t_quantile(0.975, 10), 2.228139, 1e-6);
    EXPECT_NEAR(t_quantile(0.95, 7), 1.894579, 1e-6) << "between the rows an approximation was kept to";
}

TEST(WithinGroupAgreement, IsOneWhenRatersAgreeAndZeroWhenTheyVaryLikeChance) {
    const std::vector<double> agreeing{0, 0, 0};
    EXPECT_DOUBLE_EQ(*within_group_agreement(agreeing, 5), 1.0);
    // On five points a uniform null has variance (25 - 1) / 12 = 2.
    const std::vector<double> like_chance{2, 2.5, 3};
    EXPECT_DOUBLE_EQ(*within_group_agreement(like_chance, 5), 0.0);
}

TEST(WithinGroupAgreement, FollowsJamesDemareeAndWolfForSeveralItems) {
    // Four items each with variance 1 on five points: ratio 0.5, rwg(4) = 4 × 0.5 / (4 × 0.5 + 0.5).
    const std::vector<double> variances{1, 1, 1, 1};
    EXPECT_NEAR(*within_group_agreement(variances, 5), 0.8, 1e-12);
    const std::vector<double> one_item{1};
    EXPECT_NEAR(*within_group_agreement(one_item, 5), 0.5, 1e-12);
    EXPECT_FALSE(within_group_agreement(std::vector<double>{}, 5));
    EXPECT_FALSE(within_group_agreement(variances, 1));
}

TEST(DifferenceOfMeans, GivesAWelchIntervalForTheChange) {
    const std::vector<double> before{3, 4, 4, 5, 3};
    const std::vector<double> now{4, 5, 5, 5, 4, 5};
    const auto change = difference_of_means(summarise(before), summarise(now));
    EXPECT_NEAR(change.value, 0.866667, 1e-6);
    // standard error 0.429470, Welch degrees of freedom 6.42 taken as 6, t(0.95, 6) = 1.943180
    EXPECT_NEAR(change.low, 0.866667 - 1.943180 * 0.429470, 2e-4);
    EXPECT_NEAR(change.high, 0.866667 + 1.943180 * 0.429470, 2e-4);
    EXPECT_TRUE(change.has_interval);
}

TEST(DifferenceOfMeans, HasNoIntervalWhenEitherSideIsASingleValue) {
    const std::vector<double> one{4};
    const std::vector<double> several{3, 4, 5};
    EXPECT_FALSE(difference_of_means(summarise(one), summarise(several)).has_interval);
    EXPECT_DOUBLE_EQ(difference_of_means(summarise(one), summarise(several)).value, 0.0);
}

TEST(EstimateDifference, AddsErrorsInSquareWithWelchSatterthwaiteDegreesOfFreedom) {
    // Worked by hand: errors 0.3 (4 df) and 0.4 (9 df); variances 0.09 and 0.16, sum 0.25, so the
    // error is 0.5 and the degrees of freedom 0.0625 / (0.0081 / 4 + 0.0256 / 9) = 12.84.
    const auto difference = difference_of({3.0, 0.3, 4.0}, {2.5, 0.4, 9.0});
    EXPECT_DOUBLE_EQ(difference.value, 0.5);
    EXPECT_NEAR(difference.standard_error, 0.5, 1e-12);
    EXPECT_NEAR(difference.degrees_of_freedom, 0.0625 / (0.0081 / 4 + 0.0256 / 9), 1e-9);
    EXPECT_NEAR(difference.degrees_of_freedom, 12.84, 0.01);
}

TEST(EstimateDifference, ASideWithoutErrorLeavesTheOthersDegreesOfFreedom) {
    const auto difference = difference_of({1.0, 0.0, 1.0}, {0.0, 0.2, 5.0});
    EXPECT_NEAR(difference.degrees_of_freedom, 5.0, 1e-12);
    EXPECT_NEAR(difference.standard_error, 0.2, 1e-12);
}

TEST(EstimateInterval, IsTheTIntervalAtTheEstimatesDegreesOfFreedom) {
    // t(0.95, 10) = 1.812461 (tables): 2 ± 1.812461 × 0.5.
    const auto interval = interval_of({2.0, 0.5, 10.0});
    EXPECT_NEAR(interval.low, 2.0 - 0.9062305, 1e-6);
    EXPECT_NEAR(interval.high, 2.0 + 0.9062305, 1e-6);
}

TEST(DetectableDifference, IsTheMarginPlusTheTQuantilesOfLevelAndPowerTimesTheError) {
    // With 10 df: t(0.95) = 1.812461 and t(0.80) = 0.879058 (tables). Margin 0.5, error 0.3:
    // 0.5 + 2.691519 × 0.3 = 1.3074557.
    EXPECT_NEAR(detectable_difference({0.0, 0.3, 10.0}, 0.5), 1.3074557, 1e-6);
    // More error, larger differences needed.
    EXPECT_GT(detectable_difference({0.0, 0.4, 10.0}, 0.5), 1.3074557);
}

TEST(DifferenceOfMeans, ItsIntervalIsCutToTheRangeTwoMeansOnTheScaleCanDiffer) {
    // Two raters at 1 and 5, then two at 5: the Welch interval (one side with no spread, 1 df) reaches
    // far past +4, the most two means on a 1 to 5 scale can differ by.
    const std::vector<double> before{1.0, 5.0};
    const std::vector<double> now{5.0, 5.0};
    const auto raw = difference_of_means(summarise(before), summarise(now));
    ASSERT_GT(raw.high, 4.0);
    const auto cut = bounded_to(raw, 4.0);
    EXPECT_DOUBLE_EQ(cut.high, 4.0);
    EXPECT_DOUBLE_EQ(cut.low, std::max(raw.low, -4.0));
    EXPECT_DOUBLE_EQ(cut.value, raw.value);
}
