#include <gtest/gtest.h>

#include <cmath>

#include "domain/core/date.hpp"
#include "domain/core/rng.hpp"
#include "domain/feedback/rater_group.hpp"
#include "domain/framework/rating_scale.hpp"

using namespace leadline::domain;

TEST(Date, ReadsAndWritesIso8601) {
    EXPECT_EQ(Date::parse("2026-02-28").value().iso(), "2026-02-28");
    EXPECT_LT(Date::parse("2026-02-28").value(), Date::parse("2026-03-01").value());
}

TEST(Date, DisplaysAsPeopleWriteIt) {
    EXPECT_EQ(Date::parse("2027-01-09").value().display(), "9 January 2027");
}

TEST(Date, RefusesImpossibleDates) {
    for (const char* bad : {"2026-02-30", "2026-13-01", "26-1-1", "yesterday", ""}) {
        EXPECT_FALSE(Date::parse(bad).has_value()) << bad;
    }
}

TEST(Rng, SameSeedGivesSameSequence) {
    Rng a(42);
    Rng b(42);
    for (int i = 0; i < 100; ++i) {
        EXPECT_EQ(a.next(), b.next());
    }
    EXPECT_NE(Rng(1).next(), Rng(2).next());
}

TEST(Rng, BetweenStaysInRangeAndReachesBothEnds) {
    Rng rng(7);
    bool saw_low = false;
    bool saw_high = false;
    for (int i = 0; i < 1000; ++i) {
        const auto value = rng.between(3, 6);
        ASSERT_GE(value, 3);
        ASSERT_LE(value, 6);
        saw_low = saw_low || value == 3;
        saw_high = saw_high || value == 6;
    }
    EXPECT_TRUE(saw_low && saw_high);
}

TEST(Rng, NormalHasTheRequestedMeanAndSpread) {
    Rng rng(9);
    double sum = 0;
    double squares = 0;
    const int n = 20000;
    for (int i = 0; i < n; ++i) {
        const double x = rng.normal(3.0, 0.5);
        sum += x;
        squares += x * x;
    }
    const double mean = sum / n;
    EXPECT_NEAR(mean, 3.0, 0.02);
    EXPECT_NEAR(std::sqrt(squares / n - mean * mean), 0.5, 0.02);
}

TEST(RaterGroup, RoundTripsThroughItsStableName) {
    for (auto group : all_rater_groups) {
        EXPECT_EQ(rater_group_from_string(to_string(group)), group);
    }
    EXPECT_FALSE(rater_group_from_string("boss").has_value());
}

TEST(RatingScale, ExplainsWhichValuesAreAllowed) {
    RatingScale scale{{{1, "Rarely"}, {2, "Sometimes"}, {3, "Often"}}, "Not observed"};
    auto refused = scale.check(Rating::of(0));
    ASSERT_FALSE(refused.has_value());
    EXPECT_NE(refused.error().message.find("1 to 3"), std::string::npos);
    EXPECT_TRUE(scale.check(Rating::not_observed()).has_value());
}
