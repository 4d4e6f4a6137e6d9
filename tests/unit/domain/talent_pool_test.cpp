#include <gtest/gtest.h>

#include "domain/talent/talent_pool.hpp"

using namespace leadline::domain;

namespace {

Date on(const char* iso) {
    return Date::parse(iso).value();
}

PoolCandidate analyst_in_leeds() {
    PoolCandidate candidate;
    candidate.person = PersonId(7);
    candidate.pool = 2;
    candidate.expires_on = on("2027-06-30");
    candidate.profession = "Policy";
    candidate.region = "Yorkshire and the Humber";
    candidate.placement = placed_in({Band::High, Band::High});
    candidate.levels = {{"performance", 4}, {"purpose", 3}};
    return candidate;
}

} // namespace

TEST(TalentPool, AnExpiryMustBeAfterTodayAndWithinThreeYears) {
    const auto today = on("2026-12-02");
    EXPECT_TRUE(pool_expiry_problem(on("2026-12-02"), today).has_value())
        << "today itself is not after today";
    EXPECT_TRUE(pool_expiry_problem(on("2025-01-01"), today).has_value());
    EXPECT_FALSE(pool_expiry_problem(on("2026-12-03"), today).has_value());
    // 3 × 366 days on is the furthest allowed: 2029-12-04 is 1,098 days after 2026-12-02.
    EXPECT_FALSE(pool_expiry_problem(on("2029-12-04"), today).has_value());
    EXPECT_TRUE(pool_expiry_problem(on("2029-12-05"), today).has_value());
}

TEST(TalentPool, APoolNeedsAName) {
    EXPECT_TRUE(pool_name_problem("  ").has_value());
    EXPECT_TRUE(pool_name_problem("ab").has_value());
    EXPECT_FALSE(pool_name_problem("Future Leaders Scheme").has_value());
    EXPECT_TRUE(pool_name_problem(std::string(121, 'x')).has_value());
}

TEST(TalentPool, AMembershipCountsOnItsLastDayAndExpiresTheDayAfter) {
    const auto candidate = analyst_in_leeds();
    EXPECT_FALSE(pool_membership_expired(candidate, on("2027-06-30")));
    EXPECT_TRUE(pool_membership_expired(candidate, on("2027-07-01")));
    const PoolSearch everyone;
    EXPECT_TRUE(matches_pool_search(candidate, everyone, on("2027-06-30")));
    EXPECT_FALSE(matches_pool_search(candidate, everyone, on("2027-07-01")));
    PoolSearch with_expired;
    with_expired.include_expired = true;
    EXPECT_TRUE(matches_pool_search(candidate, with_expired, on("2027-07-01")));
}

TEST(TalentPool, SearchNarrowsByPoolProfessionRegionAndIndicatorLevel) {
    const auto candidate = analyst_in_leeds();
    const auto today = on("2027-01-01");
    PoolSearch search;
    search.pool = 2;
    search.profession = " policy ";
    search.region = "yorkshire and the humber";
    EXPECT_TRUE(matches_pool_search(candidate, search, today)) << "case and spaces do not matter";
    search.pool = 3;
    EXPECT_FALSE(matches_pool_search(candidate, search, today));
    search.pool.reset();
    search.region = "London";
    EXPECT_FALSE(matches_pool_search(candidate, search, today));
    search.region.clear();

    search.indicator = "performance";
    search.at_least = 4;
    EXPECT_TRUE(matches_pool_search(candidate, search, today));
    search.indicator = "purpose";
    EXPECT_FALSE(matches_pool_search(candidate, search, today)) << "purpose is 3, below 4";
    search.at_least = 3;
    EXPECT_TRUE(matches_pool_search(candidate, search, today));
    search.indicator = "values";
    search.at_least = 1;
    EXPECT_FALSE(matches_pool_search(candidate, search, today)) << "no level on values counts as not shown";
}
