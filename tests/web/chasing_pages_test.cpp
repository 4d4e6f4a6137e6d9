// The chasing page: who is still to choose raters and who is still to answer, nudges and reminders from
// it, and when each person was last written to.
#include <gtest/gtest.h>

#include <algorithm>

#include "app/feedback/chasing.hpp"
#include "support/admin_pages.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::contains;

namespace {

class ChasingPages : public leadline::testing::AdminCyclePages {
  protected:
    std::string chasing() const { return cycle_path(open, "chasing"); }

    std::vector<app::OutboxMessage> waiting(app::MessageKind kind) {
        auto all = site.store().outbox().unsent(100000).value();
        std::erase_if(all, [&](const auto& message) { return message.kind != kind; });
        return all;
    }

    void send_everything() {
        const auto unsent = site.store().outbox().unsent(100000).value();
        for (const auto& message : unsent) {
            ASSERT_TRUE(site.store().outbox().mark_sent(message.id, site.clock().now_seconds()));
        }
    }
};

TEST_F(ChasingPages, ListsWhoIsStillToChooseAndToAnswerWithTheirCounts) {
    const auto overview = app::CycleAdministration(site.store()).overview(open).value();
    const auto subjects = app::subjects_to_chase(site.store(), overview).value();
    const auto raters = site.store().responses().unanswered(open).value();
    ASSERT_FALSE(subjects.empty()) << "the demo's open cycle has subjects still choosing";
    ASSERT_GT(raters.size(), 50U) << "and more raters to chase than one page holds";
    const auto page = admin.get(chasing());
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, std::to_string(subjects.size()) + " subject"));
    EXPECT_TRUE(contains(page.body, std::to_string(raters.size()) + " raters have not sent their answers."));
    EXPECT_TRUE(contains(page.body, subjects.front().progress->name));
    EXPECT_TRUE(contains(page.body, "Page 1 of " + std::to_string((raters.size() + 49) / 50)));
    const auto second = admin.get(chasing() + "?raters-page=2").body;
    EXPECT_TRUE(contains(second, raters[50].rater_email)) << "the 51st rater is on the second page";
    EXPECT_FALSE(contains(page.body, raters[50].rater_email + "</th>"));
    EXPECT_TRUE(contains(admin.get(cycle_path(open)).body, chasing())) << "the cycle's page links to it";
}

TEST_F(ChasingPages, ANudgeGoesToEachSubjectStillChoosingOnceADay) {
    const auto overview = app::CycleAdministration(site.store()).overview(open).value();
    const auto subjects = app::subjects_to_chase(site.store(), overview).value();
    send_everything(); // the demo's welcome emails, which would hold nudges back
    auto nudged = admin.submit(chasing(), cycle_path(open, "nudge"), {});
    ASSERT_EQ(nudged.status, 303);
    EXPECT_EQ(*nudged.header("Location"), chasing() + "?done=nudged");
    const auto nudges = waiting(app::MessageKind::NominationNudge);
    EXPECT_EQ(nudges.size(), subjects.size());
    EXPECT_TRUE(std::any_of(nudges.begin(), nudges.end(), [&](const auto& message) {
        return message.to == subjects.front().progress->email;
    }));
    const auto after = admin.get(chasing() + "?done=nudged").body;
    EXPECT_TRUE(contains(after, "Nudges are in the outbox"));
    EXPECT_TRUE(contains(after, app::today(site.clock()).display() + " (an email is waiting to be sent)"));
    EXPECT_FALSE(contains(after, "Nudge ")) << "nobody is due another, so there is no button";

    auto again = admin.post(cycle_path(open, "nudge"), {{"csrf", leadline::testing::form_token_in(after)}});
    EXPECT_EQ(*again.header("Location"), chasing() + "?done=none-due");
    EXPECT_EQ(waiting(app::MessageKind::NominationNudge).size(), subjects.size()) << "no second nudge";
}

TEST_F(ChasingPages, RemindingFromTheChasingPageComesBackToItAndShowsWhenEachWasReminded) {
    send_everything();
    auto reminded = admin.submit(chasing(), cycle_path(open, "remind"), {{"from", "chasing"}});
    ASSERT_EQ(reminded.status, 303);
    EXPECT_EQ(*reminded.header("Location"), chasing() + "?done=reminded");
    const auto page = admin.get(chasing()).body;
    EXPECT_TRUE(contains(page, app::today(site.clock()).display() + " (an email is waiting to be sent)"));
    EXPECT_FALSE(contains(page, "Remind ")) << "every rater was just reminded";
}

TEST_F(ChasingPages, AClosedCycleListsWhoDidNotAnswerButOffersNoButtons) {
    const auto page = admin.get(cycle_path(published, "chasing"));
    ASSERT_EQ(page.status, 200);
    EXPECT_FALSE(contains(page.body, "/nudge\""));
    EXPECT_FALSE(contains(page.body, "/remind\""));
    auto refused = admin.submit(cycle_path(published), cycle_path(published, "nudge"), {});
    EXPECT_EQ(refused.status, 409);
    EXPECT_TRUE(contains(refused.body, "can no longer choose raters"));
}

} // namespace
