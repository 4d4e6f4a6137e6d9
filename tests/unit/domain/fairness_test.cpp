// Fairness while deciding: each group's rate against the best-off group's, with the four-fifths rule
// read through an interval honest for small groups, and small groups hidden so that none can be worked
// out from the overall figure.
#include <gtest/gtest.h>

#include "domain/talent/fairness.hpp"

using namespace leadline::domain;

namespace {

const GroupFairness& group_named(const FairnessCheck& check, const std::string& name) {
    for (const auto& group : check.groups) {
        if (group.group == name) {
            return group;
        }
    }
    throw std::runtime_error("no group " + name);
}

} // namespace

TEST(Fairness, ALargeGapInLargeGroupsIsClearlyUnderFourFifths) {
    const std::vector<GroupCount> sex{{"Men", 200, 60}, {"Women", 200, 30}};
    const auto check = check_fairness(sex, OutcomeKind::Favourable, 5).value();
    EXPECT_EQ(check.yardstick, "Men");
    EXPECT_EQ(check.people, 400);
    EXPECT_DOUBLE_EQ(check.rate, 90.0 / 400.0);
    const auto& women = group_named(check, "Women");
    EXPECT_DOUBLE_EQ(women.rate, 0.15);
    EXPECT_DOUBLE_EQ(women.ratio, 0.5); // 0.15 / 0.30
    EXPECT_EQ(women.reading, FairnessReading::ClearlyBelow);
    EXPECT_LT(women.ratio_interval.high, four_fifths);
    EXPECT_GT(women.chance_below_four_fifths, 0.95);
    EXPECT_EQ(group_named(check, "Men").reading, FairnessReading::Yardstick);
}

TEST(Fairness, SmallGroupsUnderFourFifthsAreNotClearBecauseTheRuleAloneWouldMislead) {
    // 2 of 6 against 5 of 10: 0.333 / 0.5 = 0.667, which the four-fifths rule alone calls adverse
    // impact; but one more person placed in a top box would make it 1.0.
    const std::vector<GroupCount> pattern{{"Full time", 10, 5}, {"Part time", 6, 2}};
    const auto check = check_fairness(pattern, OutcomeKind::Favourable, 5).value();
    const auto& part_time = group_named(check, "Part time");
    EXPECT_NEAR(part_time.ratio, 2.0 / 3.0, 1e-12);
    EXPECT_EQ(part_time.reading, FairnessReading::BelowNotClear);
    EXPECT_LT(part_time.ratio_interval.low, 0.4);
    EXPECT_GT(part_time.ratio_interval.high, 1.0) << "equal rates are well within what the data allow";
    EXPECT_GT(part_time.chance_below_four_fifths, 0.5);
    EXPECT_LT(part_time.chance_below_four_fifths, 0.95);
}

TEST(Fairness, ARatioAboveFourFifthsCanStillHideAGapInSmallGroups) {
    // 3 of 7 against 4 of 8: 0.429 / 0.5 = 0.857 passes the rule, yet the data cannot rule out much less.
    const std::vector<GroupCount> groups{{"Disabled", 7, 3}, {"Not disabled", 8, 4}};
    const auto check = check_fairness(groups, OutcomeKind::Favourable, 5).value();
    const auto& disabled = group_named(check, "Disabled");
    EXPECT_NEAR(disabled.ratio, (3.0 / 7.0) / 0.5, 1e-12);
    EXPECT_EQ(disabled.reading, FairnessReading::AboveNotClear);
}

TEST(Fairness, ForBeingMovedDownTheYardstickIsTheLeastAffectedGroup) {
    // Moved down: 2 of 40 against 8 of 40. The ratio runs the other way, 0.05 / 0.20 = 0.25, so that under
    // four-fifths means worse off for both kinds of outcome.
    const std::vector<GroupCount> ethnicity{{"Ethnic minority", 40, 8}, {"White", 40, 2}};
    const auto check = check_fairness(ethnicity, OutcomeKind::Adverse, 5).value();
    EXPECT_EQ(check.yardstick, "White");
    const auto& minority = group_named(check, "Ethnic minority");
    EXPECT_DOUBLE_EQ(minority.ratio, 0.25);
    EXPECT_GT(minority.chance_below_four_fifths, 0.9);
    EXPECT_LT(minority.ratio_interval.low, minority.ratio);
}

TEST(Fairness, NoOneWithTheOutcomeAnywhereReadsAsEqual) {
    const std::vector<GroupCount> groups{{"A", 12, 0}, {"B", 9, 0}};
    const auto check = check_fairness(groups, OutcomeKind::Adverse, 5).value();
    EXPECT_DOUBLE_EQ(group_named(check, "B").ratio, 1.0);
    EXPECT_NE(group_named(check, "B").reading, FairnessReading::ClearlyBelow);
}

TEST(Fairness, HidesASmallGroupAndTheNextSmallestSoThatNeitherCanBeWorkedOut) {
    // With the overall shown, Other alone hidden would be everyone minus the rest.
    const std::vector<GroupCount> groups{{"Asian", 25, 5}, {"White", 30, 9}, {"Other", 3, 1}};
    const auto check = check_fairness(groups, OutcomeKind::Favourable, 5).value();
    EXPECT_EQ(check.people, 58) << "the overall counts everyone";
    const auto& other = group_named(check, "Other");
    EXPECT_EQ(other.reading, FairnessReading::Hidden);
    EXPECT_TRUE(other.hidden_too_small);
    EXPECT_EQ(other.people, 0) << "nothing of a hidden group is given";
    const auto& asian = group_named(check, "Asian");
    EXPECT_EQ(asian.reading, FairnessReading::Hidden);
    EXPECT_FALSE(asian.hidden_too_small);
    EXPECT_EQ(group_named(check, "White").reading, FairnessReading::NoComparison);
    EXPECT_TRUE(check.yardstick.empty());
}

TEST(Fairness, TwoSmallGroupsThatTogetherReachTheMinimumProtectEachOther) {
    const std::vector<GroupCount> groups{
        {"Asian", 25, 5}, {"White", 30, 9}, {"Mixed", 3, 1}, {"Black", 4, 0}};
    const auto check = check_fairness(groups, OutcomeKind::Favourable, 5).value();
    EXPECT_EQ(group_named(check, "Mixed").reading, FairnessReading::Hidden);
    EXPECT_EQ(group_named(check, "Black").reading, FairnessReading::Hidden);
    EXPECT_EQ(check.yardstick, "White");
    EXPECT_NE(group_named(check, "Asian").reading, FairnessReading::Hidden);
}

TEST(Fairness, TwoTinyGroupsUnderTheMinimumTogetherTakeAThirdWithThem) {
    const std::vector<GroupCount> groups{
        {"Asian", 25, 5}, {"White", 30, 9}, {"Mixed", 1, 1}, {"Black", 2, 0}};
    const auto check = check_fairness(groups, OutcomeKind::Favourable, 5).value();
    EXPECT_EQ(group_named(check, "Asian").reading, FairnessReading::Hidden)
        << "Mixed and Black together are 3 people, fewer than 5";
}

TEST(Fairness, RefusesCountsThatDoNotAddUp) {
    const std::vector<GroupCount> too_many{{"A", 5, 6}};
    EXPECT_EQ(check_fairness(too_many, OutcomeKind::Favourable, 5).error().code, ErrorCode::InvalidInput);
    const std::vector<GroupCount> twice{{"A", 5, 1}, {"A", 6, 1}};
    EXPECT_EQ(check_fairness(twice, OutcomeKind::Favourable, 5).error().code, ErrorCode::InvalidInput);
    const std::vector<GroupCount> fine{{"A", 5, 1}};
    EXPECT_EQ(check_fairness(fine, OutcomeKind::Favourable, 1).error().code, ErrorCode::InvalidInput);
}
