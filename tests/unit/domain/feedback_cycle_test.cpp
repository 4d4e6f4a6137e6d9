#include <gtest/gtest.h>

#include "domain/feedback/feedback_cycle.hpp"

using namespace leadline::domain;

namespace {

const PersonId sam{1};
const PersonId alex{2};
const PersonId jo{3};

CycleSettings settings(std::vector<RaterGroup> groups = {RaterGroup::Self, RaterGroup::Peer,
                                                         RaterGroup::LineManager}) {
    CycleSettings result;
    result.name = "Leaders 2026";
    result.framework = FrameworkId("leadership-in-action");
    result.framework_version = "1.0";
    result.opens_on = Date::parse("2026-09-01").value();
    result.closes_on = Date::parse("2026-09-30").value();
    result.rater_groups = std::move(groups);
    return result;
}

FeedbackCycle cycle_with_sam() {
    auto cycle = FeedbackCycle::create(CycleId{1}, settings()).value();
    EXPECT_TRUE(cycle.add_subject({sam, "sam@council.example"}).has_value());
    return cycle;
}

Rater colleague(PersonId id, std::string email) {
    return Rater{id, std::move(email)};
}

} // namespace

TEST(FeedbackCycle, RefusesClosingDateBeforeOpeningDate) {
    auto bad = settings();
    bad.closes_on = Date::parse("2026-08-01").value();
    auto cycle = FeedbackCycle::create(CycleId{1}, bad);
    ASSERT_FALSE(cycle.has_value());
    EXPECT_EQ(cycle.error().code, ErrorCode::InvalidInput);
}

TEST(FeedbackCycle, AlwaysIncludesTheSelfGroup) {
    auto cycle = FeedbackCycle::create(CycleId{1}, settings({RaterGroup::Peer})).value();
    const auto& groups = cycle.settings().rater_groups;
    EXPECT_NE(std::find(groups.begin(), groups.end(), RaterGroup::Self), groups.end());
}

TEST(FeedbackCycle, SubjectCanRateThemselvesInTheSelfGroup) {
    auto cycle = cycle_with_sam();
    EXPECT_TRUE(cycle.nominate(NominationId{}, sam, RaterGroup::Self, colleague(sam, "sam@council.example")));
}

TEST(FeedbackCycle, NoOneRatesThemselvesOutsideTheSelfGroup) {
    auto cycle = cycle_with_sam();
    auto as_peer =
        cycle.nominate(NominationId{}, sam, RaterGroup::Peer, colleague(sam, "sam@council.example"));
    ASSERT_FALSE(as_peer.has_value());
    EXPECT_EQ(as_peer.error().code, ErrorCode::InvalidInput);
    // The same person by email only, without their directory id, is caught too.
    auto by_email =
        cycle.nominate(NominationId{}, sam, RaterGroup::Peer, Rater{std::nullopt, "sam@council.example"});
    EXPECT_FALSE(by_email.has_value());
}

TEST(FeedbackCycle, OnlyTheSubjectIsNominatedInTheSelfGroup) {
    auto cycle = cycle_with_sam();
    auto other =
        cycle.nominate(NominationId{}, sam, RaterGroup::Self, colleague(alex, "alex@council.example"));
    ASSERT_FALSE(other.has_value());
    EXPECT_EQ(other.error().code, ErrorCode::InvalidInput);
}

TEST(FeedbackCycle, TheSamePersonCannotBeNominatedTwiceForOneSubject) {
    auto cycle = cycle_with_sam();
    ASSERT_TRUE(
        cycle.nominate(NominationId{}, sam, RaterGroup::Peer, colleague(alex, "alex@council.example")));
    auto again =
        cycle.nominate(NominationId{}, sam, RaterGroup::LineManager, colleague(alex, "alex@council.example"));
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
}

TEST(FeedbackCycle, TheSameOutsideRaterCannotBeNominatedTwiceByEmail) {
    auto cycle = FeedbackCycle::create(CycleId{1}, settings({RaterGroup::Self, RaterGroup::Partner})).value();
    ASSERT_TRUE(cycle.add_subject({sam, "sam@council.example"}));
    ASSERT_TRUE(
        cycle.nominate(NominationId{}, sam, RaterGroup::Partner, Rater{std::nullopt, "p@trust.example"}));
    EXPECT_FALSE(
        cycle.nominate(NominationId{}, sam, RaterGroup::Partner, Rater{std::nullopt, "p@trust.example"}));
}

TEST(FeedbackCycle, OnePersonMayRateTwoDifferentSubjects) {
    auto cycle = cycle_with_sam();
    ASSERT_TRUE(cycle.add_subject({jo, "jo@council.example"}));
    EXPECT_TRUE(
        cycle.nominate(NominationId{}, sam, RaterGroup::Peer, colleague(alex, "alex@council.example")));
    EXPECT_TRUE(
        cycle.nominate(NominationId{}, jo, RaterGroup::Peer, colleague(alex, "alex@council.example")));
}

TEST(FeedbackCycle, RefusesAGroupTheCycleDoesNotUse) {
    auto cycle = cycle_with_sam();
    auto partner =
        cycle.nominate(NominationId{}, sam, RaterGroup::ServiceUser, Rater{std::nullopt, "r@x.example"});
    ASSERT_FALSE(partner.has_value());
    EXPECT_EQ(partner.error().code, ErrorCode::InvalidInput);
}

TEST(FeedbackCycle, OpensOnlyWhenEverySubjectHasASelfNomination) {
    auto cycle = cycle_with_sam();
    ASSERT_TRUE(cycle.add_subject({jo, "jo@council.example"}));
    ASSERT_TRUE(cycle.nominate(NominationId{}, sam, RaterGroup::Self, colleague(sam, "sam@council.example")));
    auto refused = cycle.open();
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::FailedPrecondition);
    EXPECT_NE(refused.error().message.find("jo@council.example"), std::string::npos);
    EXPECT_EQ(cycle.state(), CycleState::Draft);

    ASSERT_TRUE(cycle.nominate(NominationId{}, jo, RaterGroup::Self, colleague(jo, "jo@council.example")));
    EXPECT_TRUE(cycle.open().has_value());
    EXPECT_EQ(cycle.state(), CycleState::Open);
}

TEST(FeedbackCycle, DoesNotOpenWithoutSubjects) {
    auto cycle = FeedbackCycle::create(CycleId{1}, settings()).value();
    EXPECT_FALSE(cycle.open().has_value());
}

TEST(FeedbackCycle, StatesMoveOnlyForwards) {
    auto cycle = cycle_with_sam();
    ASSERT_TRUE(cycle.nominate(NominationId{}, sam, RaterGroup::Self, colleague(sam, "sam@council.example")));
    EXPECT_FALSE(cycle.close().has_value()) << "a draft cannot close before it opens";
    EXPECT_FALSE(cycle.publish().has_value()) << "a draft cannot be published";
    ASSERT_TRUE(cycle.open());
    EXPECT_FALSE(cycle.open().has_value()) << "an open cycle cannot open again";
    ASSERT_TRUE(cycle.close());
    EXPECT_FALSE(cycle.open().has_value()) << "a closed cycle cannot reopen";
    ASSERT_TRUE(cycle.publish());
    EXPECT_FALSE(cycle.close().has_value());
    EXPECT_EQ(cycle.state(), CycleState::Published);
}

TEST(FeedbackCycle, NoNominationsOrSubjectsAfterClosing) {
    auto cycle = cycle_with_sam();
    ASSERT_TRUE(cycle.nominate(NominationId{}, sam, RaterGroup::Self, colleague(sam, "sam@council.example")));
    ASSERT_TRUE(cycle.open());
    ASSERT_TRUE(cycle.close());
    EXPECT_FALSE(
        cycle.nominate(NominationId{}, sam, RaterGroup::Peer, colleague(alex, "alex@council.example")));
    EXPECT_FALSE(cycle.add_subject({jo, "jo@council.example"}));
}

TEST(FeedbackCycle, APersonIsASubjectOnce) {
    auto cycle = cycle_with_sam();
    auto again = cycle.add_subject({sam, "sam@council.example"});
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
}

TEST(FeedbackCycle, ASubjectTakesBackANominationWhileTheCycleIsADraft) {
    auto cycle = cycle_with_sam();
    ASSERT_TRUE(
        cycle.nominate(NominationId{7}, sam, RaterGroup::Peer, colleague(alex, "alex@council.example")));
    ASSERT_TRUE(cycle.withdraw(NominationId{7}, sam).has_value());
    EXPECT_TRUE(cycle.nominations().empty());
    EXPECT_TRUE(
        cycle.nominate(NominationId{8}, sam, RaterGroup::Peer, colleague(alex, "alex@council.example")))
        << "and may ask them again";
}

TEST(FeedbackCycle, NominationsStayOnceTheCycleOpensSoAnswerCountsRevealNoOne) {
    auto cycle = cycle_with_sam();
    ASSERT_TRUE(
        cycle.nominate(NominationId{1}, sam, RaterGroup::Self, colleague(sam, "sam@council.example")));
    ASSERT_TRUE(
        cycle.nominate(NominationId{2}, sam, RaterGroup::Peer, colleague(alex, "alex@council.example")));
    ASSERT_TRUE(cycle.open());
    auto refused = cycle.withdraw(NominationId{2}, sam);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::FailedPrecondition);
    EXPECT_EQ(cycle.nominations().size(), 2U);
}

TEST(FeedbackCycle, OnlyTheSubjectsOwnNominationsCanBeTakenBackAndNeverTheSelfAssessment) {
    auto cycle = cycle_with_sam();
    ASSERT_TRUE(cycle.add_subject({jo, "jo@council.example"}));
    ASSERT_TRUE(
        cycle.nominate(NominationId{1}, sam, RaterGroup::Self, colleague(sam, "sam@council.example")));
    ASSERT_TRUE(
        cycle.nominate(NominationId{2}, jo, RaterGroup::Peer, colleague(alex, "alex@council.example")));
    EXPECT_EQ(cycle.withdraw(NominationId{2}, sam).error().code, ErrorCode::NotFound) << "Jo's, not Sam's";
    EXPECT_EQ(cycle.withdraw(NominationId{1}, sam).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(cycle.nominations().size(), 2U);
}

// A cycle with Sam rating themselves, moved on to the state given.
FeedbackCycle cycle_in(CycleState state) {
    auto cycle = cycle_with_sam();
    EXPECT_TRUE(cycle.nominate(NominationId{}, sam, RaterGroup::Self, colleague(sam, "sam@council.example")));
    EXPECT_TRUE(cycle.open());
    if (state == CycleState::Closed || state == CycleState::Published) {
        EXPECT_TRUE(cycle.close());
    }
    if (state == CycleState::Published) {
        EXPECT_TRUE(cycle.publish());
    }
    return cycle;
}

TEST(FeedbackCycle, AClosedCycleReopensUntilALaterDateAndAnOpenOneClosesLater) {
    const auto today = Date::parse("2026-09-20").value();
    auto closed = cycle_in(CycleState::Closed);
    ASSERT_TRUE(closed.close_on(Date::parse("2026-10-15").value(), today));
    EXPECT_EQ(closed.state(), CycleState::Open);
    EXPECT_EQ(closed.settings().closes_on.iso(), "2026-10-15");
    auto open = cycle_in(CycleState::Open);
    ASSERT_TRUE(open.close_on(Date::parse("2026-10-01").value(), today));
    EXPECT_EQ(open.state(), CycleState::Open);
    EXPECT_EQ(open.settings().closes_on.iso(), "2026-10-01");
}

TEST(FeedbackCycle, ANewClosingDateMustBeTodayOrLaterAndAfterTheOpeningDate) {
    auto cycle = cycle_in(CycleState::Closed);
    const auto past = cycle.close_on(Date::parse("2026-09-19").value(), Date::parse("2026-09-20").value());
    ASSERT_FALSE(past.has_value());
    EXPECT_EQ(past.error().code, ErrorCode::InvalidInput);
    const auto before_opening =
        cycle.close_on(Date::parse("2026-08-31").value(), Date::parse("2026-08-01").value());
    ASSERT_FALSE(before_opening.has_value());
    EXPECT_EQ(cycle.state(), CycleState::Closed) << "nothing changes when refused";
    EXPECT_EQ(cycle.settings().closes_on.iso(), "2026-09-30");
}

TEST(FeedbackCycle, APublishedCycleNeverTakesAnswersAgain) {
    auto published = cycle_in(CycleState::Published);
    const auto refused =
        published.close_on(Date::parse("2026-12-01").value(), Date::parse("2026-09-20").value());
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::FailedPrecondition);
    EXPECT_EQ(published.state(), CycleState::Published);
}

TEST(FeedbackCycle, ASubjectHasOneLineManagerInACycle) {
    auto cycle = cycle_with_sam();
    ASSERT_TRUE(cycle.nominate(NominationId{}, sam, RaterGroup::LineManager,
                               colleague(alex, "alex@council.example")));
    auto second =
        cycle.nominate(NominationId{}, sam, RaterGroup::LineManager, colleague(jo, "jo@council.example"));
    ASSERT_FALSE(second.has_value());
    EXPECT_EQ(second.error().code, ErrorCode::Conflict);
    EXPECT_NE(second.error().message.find("alex@council.example already is"), std::string::npos);
    EXPECT_TRUE(cycle.nominate(NominationId{}, sam, RaterGroup::Peer, colleague(jo, "jo@council.example")))
        << "the same person may still be asked as a peer";
}

TEST(FeedbackCycle, HrTakesASubjectOutOnlyOfADraftAndWithdrawsRatersUntilItCloses) {
    auto cycle = cycle_with_sam();
    ASSERT_TRUE(
        cycle.nominate(NominationId{7}, sam, RaterGroup::Self, colleague(sam, "sam@council.example")));
    ASSERT_TRUE(
        cycle.nominate(NominationId{8}, sam, RaterGroup::Peer, colleague(alex, "alex@council.example")));
    ASSERT_TRUE(cycle.nominate(NominationId{9}, sam, RaterGroup::Peer, colleague(jo, "jo@council.example")));
    EXPECT_EQ(cycle.withdraw_rater(NominationId{7}).error().code, ErrorCode::InvalidInput)
        << "the self-assessment";
    ASSERT_TRUE(cycle.open());
    EXPECT_EQ(cycle.remove_subject(sam).error().code, ErrorCode::FailedPrecondition) << "open: subjects stay";
    const auto withdrawn = cycle.withdraw_rater(NominationId{8});
    ASSERT_TRUE(withdrawn);
    EXPECT_EQ(withdrawn->rater.email, "alex@council.example");
    EXPECT_EQ(cycle.withdraw_rater(NominationId{8}).error().code, ErrorCode::NotFound) << "once";
    ASSERT_TRUE(cycle.close());
    EXPECT_EQ(cycle.withdraw_rater(NominationId{9}).error().code, ErrorCode::FailedPrecondition);

    auto draft = cycle_with_sam();
    ASSERT_TRUE(
        draft.nominate(NominationId{1}, sam, RaterGroup::Peer, colleague(alex, "alex@council.example")));
    ASSERT_TRUE(draft.remove_subject(sam));
    EXPECT_TRUE(draft.subjects().empty());
    EXPECT_TRUE(draft.nominations().empty()) << "everyone they asked goes with them";
}
