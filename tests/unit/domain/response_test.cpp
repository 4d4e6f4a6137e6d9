#include <gtest/gtest.h>

#include "domain/feedback/invitation.hpp"
#include "domain/feedback/response.hpp"
#include "support/framework_builder.hpp"

using namespace leadline::domain;

namespace {
const InvitationId own{7};
const InvitationId someone_else{8};
const BehaviourId listening_1("listening-1");
} // namespace

TEST(Invitation, HoldsOneResponseOnly) {
    Invitation invitation(InvitationId{1}, NominationId{1}, "hash");
    ASSERT_TRUE(invitation.attach_response(ResponseId{1}));
    auto second = invitation.attach_response(ResponseId{2});
    ASSERT_FALSE(second.has_value());
    EXPECT_EQ(second.error().code, ErrorCode::Conflict);
    EXPECT_EQ(invitation.response(), ResponseId{1});
}

TEST(Response, RecordsARatingWhileTheCycleIsOpen) {
    const auto framework = leadline::testing::small_framework();
    Response response(ResponseId{1}, own);
    ASSERT_TRUE(response.rate(own, CycleState::Open, framework, listening_1, Rating::of(4)));
    EXPECT_EQ(response.ratings().at(listening_1), Rating::of(4));
}

TEST(Response, AcceptsNotObservedAsAnAnswer) {
    const auto framework = leadline::testing::small_framework();
    Response response(ResponseId{1}, own);
    ASSERT_TRUE(response.rate(own, CycleState::Open, framework, listening_1, Rating::not_observed()));
    EXPECT_FALSE(response.ratings().at(listening_1).observed());
}

TEST(Response, RefusesARatingOutsideTheScale) {
    const auto framework = leadline::testing::small_framework();
    Response response(ResponseId{1}, own);
    auto rated = response.rate(own, CycleState::Open, framework, listening_1, Rating::of(6));
    ASSERT_FALSE(rated.has_value());
    EXPECT_EQ(rated.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(response.ratings().empty());
}

TEST(Response, RefusesABehaviourNotInTheFramework) {
    const auto framework = leadline::testing::small_framework();
    Response response(ResponseId{1}, own);
    EXPECT_FALSE(response.rate(own, CycleState::Open, framework, BehaviourId("made-up"), Rating::of(3)));
}

TEST(Response, OnlyItsOwnRaterCanChangeIt) {
    const auto framework = leadline::testing::small_framework();
    Response response(ResponseId{1}, own);
    ASSERT_TRUE(response.rate(own, CycleState::Open, framework, listening_1, Rating::of(2)));
    ASSERT_TRUE(response.submit(own, CycleState::Open));
    auto intruder = response.rate(someone_else, CycleState::Open, framework, listening_1, Rating::of(5));
    ASSERT_FALSE(intruder.has_value());
    EXPECT_EQ(intruder.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(response.ratings().at(listening_1), Rating::of(2));
}

TEST(Response, ItsRaterCanChangeASubmittedResponseWhileTheCycleIsOpen) {
    const auto framework = leadline::testing::small_framework();
    Response response(ResponseId{1}, own);
    ASSERT_TRUE(response.rate(own, CycleState::Open, framework, listening_1, Rating::of(2)));
    ASSERT_TRUE(response.submit(own, CycleState::Open));
    ASSERT_TRUE(response.rate(own, CycleState::Open, framework, listening_1, Rating::of(3)));
    EXPECT_EQ(response.ratings().at(listening_1), Rating::of(3));
    EXPECT_EQ(response.state(), ResponseState::Submitted);
}

TEST(Response, CannotChangeOnceTheCycleHasClosed) {
    const auto framework = leadline::testing::small_framework();
    Response response(ResponseId{1}, own);
    ASSERT_TRUE(response.rate(own, CycleState::Open, framework, listening_1, Rating::of(2)));
    ASSERT_TRUE(response.submit(own, CycleState::Open));
    for (auto state : {CycleState::Closed, CycleState::Published}) {
        auto late = response.rate(own, state, framework, listening_1, Rating::of(5));
        ASSERT_FALSE(late.has_value());
        EXPECT_EQ(late.error().code, ErrorCode::FailedPrecondition);
        EXPECT_FALSE(
            response.comment(own, state, framework, AttributeId("listening"), CommentKind::Strength, "x"));
    }
    EXPECT_EQ(response.ratings().at(listening_1), Rating::of(2));
}

TEST(Response, EmptyCommentRemovesIt) {
    const auto framework = leadline::testing::small_framework();
    Response response(ResponseId{1}, own);
    const AttributeId listening("listening");
    ASSERT_TRUE(
        response.comment(own, CycleState::Open, framework, listening, CommentKind::ToDevelop, "More of it"));
    EXPECT_EQ(response.comments().size(), 1U);
    ASSERT_TRUE(response.comment(own, CycleState::Open, framework, listening, CommentKind::ToDevelop, ""));
    EXPECT_TRUE(response.comments().empty());
}

TEST(Response, RefusesAVeryLongComment) {
    const auto framework = leadline::testing::small_framework();
    Response response(ResponseId{1}, own);
    auto long_comment = response.comment(own, CycleState::Open, framework, AttributeId("listening"),
                                         CommentKind::Strength, std::string(5000, 'a'));
    EXPECT_FALSE(long_comment.has_value());
}
