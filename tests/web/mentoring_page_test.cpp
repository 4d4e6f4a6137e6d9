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

TEST_F(MentoringPage, PeopleSayOnTheirOwnPageWhatTheyWantFromMentoringAndProblemsKeepWhatWasTyped) {
    const auto person = site.store().people().people().value().front();
    Browser browser{site, "192.0.2.53"};
    browser.choose_password(site.add_account(person.email, domain::Role::Participant),
                            "a long enough password");
    const auto href = "/me/cycles/" + std::to_string(published.value()) + "/mentoring";
    EXPECT_TRUE(contains(browser.get("/me").body, "href=\"" + href + "\"")) << "the home page invites them";
    const auto form = browser.get(href);
    ASSERT_EQ(form.status, 200);
    // The framework's attributes are the boxes to tick.
    std::vector<std::string> areas;
    const std::string marker = "name=\"develop\" type=\"checkbox\" value=\"";
    for (auto at = form.body.find(marker); at != std::string::npos; at = form.body.find(marker, at + 1)) {
        const auto start = at + marker.size();
        areas.push_back(form.body.substr(start, form.body.find('"', start) - start));
    }
    ASSERT_GE(areas.size(), 4U);

    std::vector<web::FormField> too_many{{"wants", "yes"}, {"capacity", "lots"}, {"strengths", areas[3]}};
    for (std::size_t i = 0; i < 4; ++i) {
        too_many.push_back({"develop", areas[i]});
    }
    const auto wrong = browser.submit(href, href, too_many);
    EXPECT_EQ(wrong.status, 400);
    EXPECT_TRUE(contains(wrong.body, "Choose up to 3 areas"));
    EXPECT_TRUE(contains(wrong.body, "whole number from 0 to 10"));
    EXPECT_TRUE(contains(wrong.body, "value=\"lots\"")) << "what was typed is kept";
    EXPECT_TRUE(contains(wrong.body, "value=\"" + areas[3] + "\" checked"));
    EXPECT_FALSE(site.store().mentoring().mentoring_choice(published, person.id).value()) << "nothing kept";
    EXPECT_EQ(browser.submit(href, href, {{"wants", "yes"}, {"develop", "not-an-attribute"}}).status, 400);
    EXPECT_EQ(browser.submit(href, href, {{"develop", areas[0]}}).status, 400) << "yes or no is needed";

    const auto saved = browser.submit(
        href, href, {{"wants", "yes"}, {"develop", areas[1]}, {"strengths", areas[2]}, {"capacity", "1"}});
    ASSERT_EQ(saved.status, 303);
    const auto kept = site.store().mentoring().mentoring_choice(published, person.id).value();
    ASSERT_TRUE(kept);
    EXPECT_TRUE(kept->wants_mentor);
    EXPECT_EQ(kept->develop, std::vector<domain::AttributeId>{domain::AttributeId{areas[1]}});
    EXPECT_EQ(kept->capacity, 1);
    const auto shown = browser.get(*saved.header("Location"));
    EXPECT_TRUE(contains(shown.body, "Saved."));
    EXPECT_TRUE(contains(shown.body, "value=\"" + areas[1] + "\" checked"));
    EXPECT_TRUE(contains(shown.body, "value=\"1\""));

    // Before a cycle is published there is nothing to choose for.
    EXPECT_EQ(browser.get("/me/cycles/" + std::to_string(open.value()) + "/mentoring").status, 404);
}

TEST_F(MentoringPage, AnAdminChangesAMentorSeesWhatItCostsInTotalFitAndConfirmsIt) {
    const auto href = page_of(published);
    const auto plan_before = admin.get(href + ".csv?capacity=2");
    const auto first_line = plan_before.body.substr(plan_before.body.find('\n') + 1);
    const auto mentee_email = first_line.substr(0, first_line.find(','));
    const auto change = admin.get(href + "?capacity=2&change=" + web::url_encoded(mentee_email));
    ASSERT_EQ(change.status, 200);
    EXPECT_TRUE(contains(change.body, "Another mentor for"));
    EXPECT_TRUE(contains(change.body, "(their mentor now)"));
    std::vector<std::string> options;
    const std::string marker = "name=\"keep\" type=\"radio\" value=\"";
    for (auto at = change.body.find(marker); at != std::string::npos; at = change.body.find(marker, at + 1)) {
        const auto start = at + marker.size();
        options.push_back(change.body.substr(start, change.body.find('"', start) - start));
    }
    ASSERT_GE(options.size(), 2U) << "the demo offers more than one mentor";
    // The option that is not their mentor now (the current one is listed first only if it fits best).
    const auto current = "value=\"" + options[0] + "\" checked";
    const auto other = contains(change.body, current) ? options[1] : options[0];
    const auto chosen_mentor = other.substr(other.find(',') + 1);

    const auto changed = admin.get(href + "?capacity=2&keep=" + web::url_encoded(other));
    ASSERT_EQ(changed.status, 200);
    EXPECT_TRUE(contains(changed.body, "You chose 1 of these pairs yourself"));
    EXPECT_TRUE(contains(changed.body, "they cost "));
    EXPECT_TRUE(contains(changed.body, "Your choice"));
    EXPECT_TRUE(contains(changed.body, "name=\"keep\" value=\"" + other + "\""))
        << "the confirmation keeps it";

    ASSERT_EQ(admin
                  .submit(href + "?capacity=2&keep=" + web::url_encoded(other), href,
                          {{"capacity", "2"}, {"keep", other}})
                  .status,
              303);
    const auto mentee = site.store().people().find_person(mentee_email).value().value();
    const auto mentor = site.store().people().find_person(chosen_mentor).value().value();
    const auto pairs = site.store().mentoring().mentor_pairs(published).value();
    const auto pair = std::find_if(pairs.begin(), pairs.end(),
                                   [&](const app::MentorPair& p) { return p.mentee == mentee.id; });
    ASSERT_NE(pair, pairs.end());
    EXPECT_EQ(pair->mentor, mentor.id) << "the admin's choice was confirmed";

    // A change naming someone who is not taking part says so.
    const auto wrong =
        admin.get(href + "?capacity=2&keep=" + web::url_encoded(mentee_email + ",nobody@nowhere.example"));
    EXPECT_EQ(wrong.status, 400);
    EXPECT_TRUE(contains(wrong.body, "is not someone offering to mentor"));
}
