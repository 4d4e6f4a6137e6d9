// Rater questionnaires kept in memory: what is kept, and when a change makes it go.
#include <gtest/gtest.h>

#include "app/feedback/questionnaire_cache.hpp"

using namespace leadline;
using app::Change;
using app::QuestionnaireCache;

namespace {

// A questionnaire for invitation `invitation` (nomination, cycle and subject numbered after it), read
// at feed position `read_at`.
app::RaterQuestionnaire questionnaire(std::int64_t invitation, std::optional<std::uint64_t> read_at) {
    app::RaterQuestionnaire q;
    q.context.invitation = domain::InvitationId{invitation};
    q.context.nomination = domain::NominationId{invitation + 100};
    q.context.cycle = domain::CycleId{7};
    q.context.subject = domain::PersonId{invitation + 200};
    q.context.subject_name = "Subject " + std::to_string(invitation);
    q.changes_seen = read_at;
    return q;
}

} // namespace

TEST(QuestionnaireCache, KeepsNothingUntilItFollowsTheFeed) {
    QuestionnaireCache cache;
    EXPECT_FALSE(cache.keep("link", questionnaire(1, 10)));
    EXPECT_EQ(cache.find("link"), nullptr);
    cache.start_at(10);
    EXPECT_TRUE(cache.keep("link", questionnaire(1, 10)));
    ASSERT_NE(cache.find("link"), nullptr);
    EXPECT_EQ(cache.find("link")->context.subject_name, "Subject 1");
}

TEST(QuestionnaireCache, KeepsNothingReadWithoutAFeedPosition) {
    QuestionnaireCache cache;
    cache.start_at(10);
    EXPECT_FALSE(cache.keep("link", questionnaire(1, std::nullopt)));
    EXPECT_EQ(cache.size(), 0U);
}

TEST(QuestionnaireCache, ALaterChangeToWhatAPageShowsDropsIt) {
    for (const auto& scope : {"c7", "n101", "i1", "p201"}) {
        QuestionnaireCache cache;
        cache.start_at(10);
        ASSERT_TRUE(cache.keep("link", questionnaire(1, 10)));
        cache.apply({{11, scope}});
        EXPECT_EQ(cache.find("link"), nullptr) << "a change to " << scope << " must drop the page";
    }
}

TEST(QuestionnaireCache, ChangesToOtherThingsLeaveAPageKept) {
    QuestionnaireCache cache;
    cache.start_at(10);
    ASSERT_TRUE(cache.keep("link", questionnaire(1, 10)));
    ASSERT_TRUE(cache.keep("other link", questionnaire(2, 10)));
    cache.apply({{11, "i2"}, {12, "p999"}, {13, "c8"}});
    EXPECT_NE(cache.find("link"), nullptr);
    EXPECT_EQ(cache.find("other link"), nullptr);
}

TEST(QuestionnaireCache, AChangeThePageAlreadyShowsLeavesItKept) {
    // Read at 15 after a save marked at 12 that the cache had not read from the feed yet.
    QuestionnaireCache cache;
    cache.start_at(10);
    ASSERT_TRUE(cache.keep("link", questionnaire(1, 15)));
    cache.apply({{12, "i1"}});
    EXPECT_NE(cache.find("link"), nullptr);
    cache.apply({{16, "i1"}});
    EXPECT_EQ(cache.find("link"), nullptr);
}

TEST(QuestionnaireCache, APageReadBeforeAChangeTheCacheHasSeenIsRefused) {
    // A worker read the page at 10, then a change at 12 was applied before the worker kept it.
    QuestionnaireCache cache;
    cache.start_at(10);
    cache.apply({{12, "p201"}});
    EXPECT_FALSE(cache.keep("link", questionnaire(1, 10)));
    EXPECT_TRUE(cache.keep("link", questionnaire(1, 12)));
    EXPECT_TRUE(cache.keep("other link", questionnaire(2, 10))) << "the change was not to this page";
}

TEST(QuestionnaireCache, AnEarlierReadNeverReplacesALaterOne) {
    QuestionnaireCache cache;
    cache.start_at(10);
    auto later = questionnaire(1, 14);
    later.context.subject_name = "later";
    ASSERT_TRUE(cache.keep("link", later));
    EXPECT_FALSE(cache.keep("link", questionnaire(1, 12)));
    EXPECT_EQ(cache.find("link")->context.subject_name, "later");
    auto latest = questionnaire(1, 16);
    latest.context.subject_name = "latest";
    EXPECT_TRUE(cache.keep("link", latest));
    EXPECT_EQ(cache.find("link")->context.subject_name, "latest");
}

TEST(QuestionnaireCache, OnceOldChangesAreForgottenOlderReadsAreRefused) {
    QuestionnaireCache cache(100, 3);
    cache.start_at(10);
    cache.apply({{11, "p1"}, {12, "p2"}, {13, "p3"}, {14, "p4"}});
    EXPECT_FALSE(cache.keep("link", questionnaire(1, 13))) << "a change at 14 may have been forgotten";
    EXPECT_TRUE(cache.keep("link", questionnaire(1, 14)));
}

TEST(QuestionnaireCache, HoldsNoMoreThanItsCapacity) {
    QuestionnaireCache cache(3);
    cache.start_at(1);
    for (int i = 1; i <= 10; ++i) {
        EXPECT_TRUE(cache.keep("link " + std::to_string(i), questionnaire(i, 1)));
    }
    EXPECT_EQ(cache.size(), 3U);
    EXPECT_NE(cache.find("link 10"), nullptr) << "the page just kept is there";
    // Dropping pages that were pushed out must not disturb the rest.
    for (int i = 1; i <= 10; ++i) {
        cache.apply({{static_cast<std::uint64_t>(1 + i), "i" + std::to_string(i)}});
    }
    EXPECT_EQ(cache.size(), 0U);
}

TEST(QuestionnaireCache, ARefusedLaterReadStillDropsTheEarlierOne) {
    // The page kept from 10 is untouched by the changes seen, but once they are forgotten a save read
    // at 11 cannot be checked and is refused. The page from 10 is older still, and must not be shown
    // after the save.
    QuestionnaireCache cache(100, 1);
    cache.start_at(10);
    ASSERT_TRUE(cache.keep("link", questionnaire(1, 10)));
    cache.apply({{11, "p1"}, {12, "p2"}});
    ASSERT_NE(cache.find("link"), nullptr);
    EXPECT_FALSE(cache.keep("link", questionnaire(1, 11)));
    EXPECT_EQ(cache.find("link"), nullptr);
}
