// Fairness of each reviewer's proposals, hidden within each reviewer and across them: worked by hand.
#include <gtest/gtest.h>

#include "domain/talent/fairness_by_reviewer.hpp"

using namespace leadline::domain;

namespace {

const GroupFairness& group(const FairnessCheck& check, const std::string& name) {
    for (const auto& each : check.groups) {
        if (each.group == name) {
            return each;
        }
    }
    throw std::logic_error("no group " + name);
}

bool hidden(const FairnessCheck& check, const std::string& name) {
    return group(check, name).reading == FairnessReading::Hidden;
}

} // namespace

TEST(FairnessByReviewer, ACellThatOtherReviewersCellsWouldGiveAwayIsHiddenWithAnother) {
    // Not recorded: 5 with A, 3 with B. B's 3 is too few, and B hides Male too so that its own total
    // does not give it away. But the review shows 8 not recorded in all, so A's 5 would reveal B's 3:
    // A's cell is withheld, and A then hides its smallest other group (Female 6) as well.
    const std::vector<std::vector<GroupCount>> rows{
        {{"Female", 6, 3}, {"Male", 7, 3}, {"Not recorded", 5, 2}},
        {{"Female", 7, 1}, {"Male", 6, 5}, {"Not recorded", 3, 1}},
        {{"Female", 8, 4}, {"Male", 9, 4}},
    };
    const auto checks = check_fairness_by_reviewer(rows, {}, OutcomeKind::Favourable, 5).value();
    ASSERT_EQ(checks.size(), 3U);
    EXPECT_TRUE(hidden(checks[0], "Not recorded"));
    EXPECT_FALSE(group(checks[0], "Not recorded").hidden_too_small);
    EXPECT_TRUE(hidden(checks[0], "Female"));
    EXPECT_EQ(group(checks[0], "Male").reading, FairnessReading::NoComparison);
    EXPECT_EQ(group(checks[0], "Male").with_outcome, 3);

    EXPECT_TRUE(hidden(checks[1], "Not recorded"));
    EXPECT_TRUE(group(checks[1], "Not recorded").hidden_too_small);
    EXPECT_TRUE(hidden(checks[1], "Male"));
    EXPECT_EQ(group(checks[1], "Female").people, 7);

    EXPECT_EQ(group(checks[2], "Female").reading, FairnessReading::Yardstick) << "4 of 8 is above 4 of 9";
    EXPECT_NE(group(checks[2], "Male").reading, FairnessReading::Hidden);
}

TEST(FairnessByReviewer, AGroupHiddenInTheWholeReviewIsNeverShownForOneReviewer) {
    const std::vector<std::vector<GroupCount>> rows{
        {{"Female", 6, 3}, {"Male", 7, 3}, {"Prefer not to say", 5, 1}},
        {{"Female", 7, 1}, {"Male", 6, 5}},
    };
    const auto checks =
        check_fairness_by_reviewer(rows, {"Prefer not to say"}, OutcomeKind::Favourable, 5).value();
    EXPECT_TRUE(hidden(checks[0], "Prefer not to say"));
    // A's own total would give the withheld group away, so a second group goes with it.
    EXPECT_TRUE(hidden(checks[0], "Female"));
    EXPECT_FALSE(hidden(checks[1], "Female"));
    EXPECT_FALSE(hidden(checks[1], "Male"));
}

TEST(FairnessByReviewer, NothingIsHiddenWhenEveryCellIsLargeEnough) {
    const std::vector<std::vector<GroupCount>> rows{
        {{"Female", 6, 0}, {"Male", 6, 4}},
        {{"Female", 5, 3}, {"Male", 8, 4}},
    };
    const auto checks = check_fairness_by_reviewer(rows, {}, OutcomeKind::Favourable, 5).value();
    EXPECT_EQ(group(checks[0], "Female").reading, FairnessReading::ClearlyBelow)
        << "0 of 6 against 4 of 6: the ratio's whole interval is under four-fifths";
    EXPECT_EQ(group(checks[1], "Female").reading, FairnessReading::Yardstick);
}
