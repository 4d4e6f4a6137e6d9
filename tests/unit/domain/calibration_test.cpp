#include <gtest/gtest.h>

#include "domain/talent/calibration.hpp"

using namespace leadline::domain;

namespace {

const PersonId ana{1};
const PersonId ben{2};
const PersonId cat{3};
const PersonId dev{4};

Placement box(Band performance, Band potential) {
    return placed_in(Box{performance, potential});
}

MoveRequest move_to(Placement to, std::string reason, int revision_seen = 3) {
    return MoveRequest{dev, to, std::move(reason), ana, revision_seen};
}

} // namespace

TEST(Calibration, AReviewerSeesOthersViewsOnlyOnPeopleTheyHaveJudgedThemselves) {
    const std::vector<PreMeetingView> views{
        {ana, cat, true, ""}, {ben, cat, false, "The evidence is one project."}, {ben, dev, true, ""}};
    const auto for_ana = visible_views(views, ana);
    ASSERT_EQ(for_ana.size(), 2U) << "Ana judged Cat, so sees Ben's view on Cat, but not on Dev";
    EXPECT_EQ(for_ana[1].note, "The evidence is one project.");
    EXPECT_EQ(visible_views(views, ben).size(), 3U);
    EXPECT_TRUE(visible_views(views, cat).empty());
}

TEST(Calibration, AMoveNeedsAReasonAndAChange) {
    const CurrentPlacement current{box(Band::Moderate, Band::High), 3};
    EXPECT_TRUE(check_move(move_to(box(Band::High, Band::High), "Led the merger of two teams this year."),
                           current, true));
    const auto no_reason = check_move(move_to(box(Band::High, Band::High), "  \n"), current, true);
    ASSERT_FALSE(no_reason);
    EXPECT_EQ(no_reason.error().code, ErrorCode::InvalidInput);
    EXPECT_NE(no_reason.error().message.find("Say why the placement moves"), std::string::npos);
    const auto same = check_move(move_to(box(Band::Moderate, Band::High), "No change."), current, true);
    ASSERT_FALSE(same);
    EXPECT_NE(same.error().message.find("already Moderate performance, high potential"), std::string::npos);
    EXPECT_FALSE(check_move(move_to(box(Band::High, Band::High), std::string(1001, 'r')), current, true));
}

TEST(Calibration, SomeoneOutsideThePopulationCannotBePlaced) {
    const auto outside = check_move(move_to(box(Band::High, Band::High), "Strong year."), {}, false);
    ASSERT_FALSE(outside);
    EXPECT_EQ(outside.error().code, ErrorCode::InvalidInput);
}

TEST(Calibration, AMoveOnAPlacementThatChangedMeanwhileIsAConflictThatSaysWhatItIsNow) {
    const CurrentPlacement current{box(Band::Low, Band::Moderate), 4};
    const auto late = check_move(move_to(box(Band::High, Band::High), "Strong year.", 3), current, true);
    ASSERT_FALSE(late);
    EXPECT_EQ(late.error().code, ErrorCode::Conflict);
    EXPECT_NE(late.error().message.find("it is now Low performance, moderate potential"), std::string::npos);
}

TEST(Calibration, DriftCountsBoxesBeforeAndAfterAndMovesTowardsTheMiddleForEachReviewer) {
    // Ana proposed four people, two in corners; the meeting moved both corners to the middle box and
    // one middle person up. Ben proposed two; one moved down, one is too new to assess.
    const auto middle = box(Band::Moderate, Band::Moderate);
    const std::vector<CalibrationOutcome> outcomes{
        {ana, box(Band::High, Band::High), middle},
        {ana, box(Band::Low, Band::Low), middle},
        {ana, middle, box(Band::Moderate, Band::High)},
        {ana, middle, middle},
        {ben, box(Band::High, Band::Moderate), box(Band::Moderate, Band::Moderate)},
        {ben, box(Band::Low, Band::Moderate), Placement{PlacementStatus::TooNewToAssess, Box{}}},
    };
    const auto drift = drift_by_reviewer(outcomes);
    ASSERT_EQ(drift.size(), 3U);
    const auto& of_ana = drift[0];
    EXPECT_EQ(of_ana.reviewer, ana);
    EXPECT_EQ(of_ana.people, 4);
    EXPECT_DOUBLE_EQ(of_ana.middle_share_before(), 0.5);
    EXPECT_DOUBLE_EQ(of_ana.middle_share_after(), 0.75);
    EXPECT_EQ(of_ana.towards_middle, 2);
    EXPECT_EQ(of_ana.away_from_middle, 1);
    EXPECT_EQ(of_ana.moved_down, 1);
    EXPECT_EQ(of_ana.moved_up, 2);
    EXPECT_EQ(of_ana.after.at(box_index(Box{Band::Moderate, Band::Moderate})), 3);

    const auto& of_ben = drift[1];
    EXPECT_EQ(of_ben.unplaced_after, 1);
    EXPECT_EQ(of_ben.moved_down, 1);
    EXPECT_DOUBLE_EQ(of_ben.middle_share_after(), 1.0) << "one of one placed person is in the middle";

    const auto& all = drift[2];
    EXPECT_EQ(all.reviewer, PersonId{});
    EXPECT_EQ(all.people, 6);
    EXPECT_EQ(all.towards_middle, 3);
}
