#include <gtest/gtest.h>

#include "domain/feedback/anonymity_policy.hpp"

using namespace leadline::domain;

TEST(AnonymityPolicy, DefaultsToThreePerGroupAndOneLineManager) {
    AnonymityPolicy policy;
    EXPECT_EQ(policy.group_minimum(RaterGroup::Peer), 3);
    EXPECT_EQ(policy.group_minimum(RaterGroup::DirectReport), 3);
    EXPECT_EQ(policy.group_minimum(RaterGroup::LineManager), 1);
    EXPECT_GT(policy.comment_minimum(), policy.group_minimum(RaterGroup::Peer));
}

TEST(AnonymityPolicy, HidesAGroupBelowItsMinimum) {
    AnonymityPolicy policy;
    EXPECT_FALSE(policy.group_can_be_shown(RaterGroup::Peer, 2));
    EXPECT_TRUE(policy.group_can_be_shown(RaterGroup::Peer, 3));
}

TEST(AnonymityPolicy, CommentMinimumMustBeAtLeastTheLargestGroupMinimum) {
    auto policy = AnonymityPolicy::create({{RaterGroup::Peer, 5}}, 4, ManagerVisibility::Identified);
    ASSERT_FALSE(policy.has_value());
    EXPECT_EQ(policy.error().code, ErrorCode::InvalidInput);
}

TEST(AnonymityPolicy, RefusesAMinimumBelowOne) {
    EXPECT_FALSE(
        AnonymityPolicy::create({{RaterGroup::Peer, 0}}, 4, ManagerVisibility::Anonymous).has_value());
}

TEST(AnonymityPolicy, KeepsChosenMinimumsAndManagerVisibility) {
    auto policy = AnonymityPolicy::create({{RaterGroup::Peer, 4}, {RaterGroup::Partner, 2}}, 5,
                                          ManagerVisibility::Anonymous)
                      .value();
    EXPECT_EQ(policy.group_minimum(RaterGroup::Peer), 4);
    EXPECT_EQ(policy.group_minimum(RaterGroup::Partner), 2);
    EXPECT_EQ(policy.comment_minimum(), 5);
    EXPECT_EQ(policy.manager_visibility(), ManagerVisibility::Anonymous);
}
