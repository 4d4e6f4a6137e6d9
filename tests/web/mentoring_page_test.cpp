// Mentor matching as the admin sees it: the page, its CSV, and a capacity typed wrong.
#include <gtest/gtest.h>

#include <algorithm>

#include "support/admin_pages.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::Browser;
using leadline::testing::contains;

namespace {

class MentoringPage : public leadline::testing::AdminCyclePages {
  protected:
    static std::string page_of(domain::CycleId cycle) { return cycle_path(cycle, "mentoring"); }
};

} // namespace

TEST_F(MentoringPage, ThePublishedCycleLinksToMatchesWithTheirReasons) {
    EXPECT_TRUE(contains(admin.get(cycle_path(published)).body, "href=\"" + page_of(published) + "\""));
    const auto page = admin.get(page_of(published));
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Strong in "));
    EXPECT_TRUE(contains(page.body, "value=\"2\"")) << "the default capacity is shown";
}

TEST_F(MentoringPage, TheCsvHasAMenteePerLineAndFollowsTheCapacity) {
    const auto one = admin.get(page_of(published) + ".csv?capacity=1");
    const auto three = admin.get(page_of(published) + ".csv?capacity=3");
    ASSERT_EQ(one.status, 200);
    ASSERT_TRUE(one.header("Content-Disposition"));
    EXPECT_TRUE(contains(*one.header("Content-Disposition"), "mentoring-cycle-"));
    EXPECT_EQ(one.body.substr(0, one.body.find('\n')),
              "mentee_email,mentee_name,mentor_email,mentor_name,fit,reason");
    // The same mentees either way; with more room each mentor takes more, so fewer go without.
    EXPECT_EQ(std::count(one.body.begin(), one.body.end(), '\n'),
              std::count(three.body.begin(), three.body.end(), '\n'));
    auto unmatched = [](const std::string& csv) {
        long count = 0;
        for (auto at = csv.find(",,,,No mentor"); at != std::string::npos;
             at = csv.find(",,,,No mentor", at + 1)) {
            ++count;
        }
        return count;
    };
    EXPECT_LE(unmatched(three.body), unmatched(one.body));
}

TEST_F(MentoringPage, ACapacityTypedWrongIsExplainedAndKept) {
    const auto page = admin.get(page_of(published) + "?capacity=lots");
    EXPECT_EQ(page.status, 400);
    EXPECT_TRUE(contains(page.body, "There is a problem"));
    EXPECT_TRUE(contains(page.body, "Enter a whole number from 1 to 10"));
    EXPECT_TRUE(contains(page.body, "value=\"lots\""));
    EXPECT_EQ(admin.get(page_of(published) + ".csv?capacity=0").status, 400);
}

TEST_F(MentoringPage, NoMatchingBeforeTheCycleIsPublished) {
    const auto page = admin.get(page_of(open));
    EXPECT_NE(page.status, 200);
    EXPECT_FALSE(contains(page.body, "Strong in "));
}

TEST_F(MentoringPage, ConfirmedPairsAreToldAndSeeEachOtherAndAMenteeSharesTheirPlanWithTheirMentor) {
    const auto href = page_of(published);
    ASSERT_EQ(admin.submit(href, href, {{"capacity", "2"}}).status, 303);
    const auto confirmed = admin.get(href + "?capacity=2&done=confirmed");
    EXPECT_TRUE(contains(confirmed.body, "pairs confirmed"));
    EXPECT_TRUE(contains(confirmed.body, "Pairs were last confirmed on"));
    const auto pairs = site.store().mentoring().mentor_pairs(published).value();
    ASSERT_FALSE(pairs.empty());
    // Each person in a pair is emailed.
    const auto messages = site.store().outbox().recent(5000).value();
    const auto emails =
        std::count_if(messages.begin(), messages.end(), [](const app::OutboxMessage& message) {
            return message.kind == app::MessageKind::MentorMatch;
        });
    EXPECT_EQ(static_cast<std::size_t>(emails), 2 * pairs.size());

    // A mentee with a plan sees their mentor and why, and shares the plan with them.
    const app::MentorPair* with_plan = nullptr;
    for (const auto& pair : pairs) {
        if (site.store().development_plans().development_plan(published, pair.mentee).value()) {
            with_plan = &pair;
            break;
        }
    }
    ASSERT_NE(with_plan, nullptr);
    const auto mentee = site.store().people().person(with_plan->mentee).value();
    const auto mentor = site.store().people().person(with_plan->mentor).value();
    Browser mentee_browser{site, "192.0.2.51"};
    Browser mentor_browser{site, "192.0.2.52"};
    mentee_browser.choose_password(site.add_account(mentee->email, domain::Role::Participant),
                                   "a long enough password");
    mentor_browser.choose_password(site.add_account(mentor->email, domain::Role::Participant),
                                   "a long enough password");
    const auto home = mentee_browser.get("/me");
    EXPECT_TRUE(contains(home.body, "Your mentor after"));
    EXPECT_TRUE(contains(home.body, mentor->name));
    EXPECT_TRUE(contains(home.body, with_plan->reason.substr(0, 20)));

    const auto plan_href = "/me/cycles/" + std::to_string(published.value()) + "/plan";
    const auto shared_href = "/me/cycles/" + std::to_string(published.value()) + "/plans/" +
                             std::to_string(with_plan->mentee.value());
    // The demo has some plans shared with mentors already: this one starts private.
    ASSERT_EQ(mentee_browser.submit(plan_href, plan_href + "/mentor-sharing", {{"share", "no"}}).status, 303);
    EXPECT_EQ(mentor_browser.get(shared_href).status, 404) << "not shared";
    EXPECT_TRUE(contains(mentee_browser.get(plan_href).body, "Share with " + mentor->name));
    ASSERT_EQ(mentee_browser.submit(plan_href, plan_href + "/mentor-sharing", {{"share", "yes"}}).status,
              303);
    EXPECT_TRUE(contains(mentor_browser.get("/me").body, shared_href))
        << "the mentor's home page links to it";
    const auto read = mentor_browser.get(shared_href);
    EXPECT_EQ(read.status, 200);
    EXPECT_TRUE(contains(read.body, mentee->name + "&#39;s development plan"));
    ASSERT_EQ(mentee_browser.submit(plan_href, plan_href + "/mentor-sharing", {{"share", "no"}}).status, 303);
    EXPECT_EQ(mentor_browser.get(shared_href).status, 404) << "sharing taken back";
}
