#include <gtest/gtest.h>

#include "domain/feedback/cycle_progress.hpp"

using namespace leadline::domain;

namespace {

CycleSettings settings() {
    CycleSettings result;
    result.name = "Leaders";
    result.rater_groups = {RaterGroup::Self, RaterGroup::LineManager, RaterGroup::Peer,
                           RaterGroup::DirectReport};
    result.anonymity = AnonymityPolicy::create({{RaterGroup::Peer, 3}, {RaterGroup::DirectReport, 3}}, 3,
                                               ManagerVisibility::Identified)
                           .value();
    return result;
}

} // namespace

TEST(CycleProgress, EveryGroupTheCycleUsesIsShownWithItsMinimum) {
    const std::vector<ProgressCounts> counts{
        {PersonId{2}, "Zara", "z@x.example", RaterGroup::Peer, 4, 4, 3, "Housing"},
        {PersonId{2}, "Zara", "z@x.example", RaterGroup::Self, 1, 1, 1, "Housing"},
        {PersonId{1}, "Ade", "a@x.example", std::nullopt, 0, 0, 0, "Housing"},
        {PersonId{2}, "Zara", "z@x.example", RaterGroup::Partner, 2, 2, 2,
         "Housing"}, // not a group of this cycle
    };
    const auto progress = summarise_progress(settings(), counts);
    ASSERT_EQ(progress.size(), 2U);
    EXPECT_EQ(progress[0].name, "Ade") << "ordered by name";
    ASSERT_EQ(progress[0].groups.size(), 4U);
    EXPECT_EQ(progress[0].nominated(), 0);
    EXPECT_TRUE(progress[0].any_under_minimum());

    const auto& zara = progress[1];
    EXPECT_EQ(zara.nominated(), 5) << "the partner group is not counted";
    EXPECT_EQ(zara.submitted(), 4);
    EXPECT_EQ(zara.groups[0].group, RaterGroup::Self);
    EXPECT_EQ(zara.groups[0].minimum, 1);
    EXPECT_FALSE(zara.groups[0].under_minimum());
    EXPECT_EQ(zara.groups[1].group, RaterGroup::LineManager);
    EXPECT_TRUE(zara.groups[1].under_minimum()) << "no answer from the manager yet";
    EXPECT_EQ(zara.groups[2].minimum, 3);
    EXPECT_FALSE(zara.groups[2].under_minimum()) << "three peers answered";
    EXPECT_FALSE(zara.groups[3].under_minimum()) << "no direct report was asked: the group is not expected";
}

TEST(CycleProgress, EachSubjectStandsInOnePlaceForChasing) {
    const std::vector<ProgressCounts> counts{
        {PersonId{1}, "Ade", "a@x.example", RaterGroup::Self, 1, 1, 1, "Housing"},
        {PersonId{2}, "Bea", "b@x.example", RaterGroup::Peer, 2, 2, 2, "Housing"},
        {PersonId{3}, "Cal", "c@x.example", RaterGroup::Peer, 4, 4, 1, "Housing"},
        {PersonId{3}, "Cal", "c@x.example", RaterGroup::LineManager, 1, 1, 0, "Housing"},
        {PersonId{4}, "Dee", "d@x.example", RaterGroup::Self, 1, 1, 1, "Housing"},
        {PersonId{4}, "Dee", "d@x.example", RaterGroup::Peer, 3, 3, 3, "Housing"},
        {PersonId{4}, "Dee", "d@x.example", RaterGroup::LineManager, 1, 1, 1, "Housing"},
    };
    const auto progress = summarise_progress(settings(), counts);
    ASSERT_EQ(progress.size(), 4U);
    EXPECT_EQ(progress[0].standing(), SubjectStanding::NotNominated) << "Ade asked no one";
    EXPECT_EQ(progress[1].standing(), SubjectStanding::TooFewAsked) << "two peers asked, three needed";
    EXPECT_EQ(progress[2].standing(), SubjectStanding::WaitingForAnswers) << "enough asked, answers to come";
    EXPECT_EQ(progress[3].standing(), SubjectStanding::Complete);
    EXPECT_FALSE(progress[3].any_under_minimum()) << "no direct reports asked: not counted against Dee";
}
