// Micro-actions as habits: picked on the plan, answered there or through the weekly email's private
// link, counted once, refused kindly once the week is over, and never emailed to someone who said stop.
#include <gtest/gtest.h>

#include "app/development/habit_weeks.hpp"
#include "app/reporting/cycle_reports.hpp"
#include "support/demo_site.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::Browser;
using leadline::testing::contains;

namespace {

constexpr std::int64_t week_seconds = 7 * 86400;

class HabitPages : public ::testing::Test {
  protected:
    void SetUp() override {
        cycle = site.summary().cycle;
        const auto& demo = site.demo();
        for (const auto index : demo.subjects) {
            const auto& person = demo.people[index];
            const auto id = site.store().people().find_person(person.email).value()->id;
            if (!site.store().development_plans().development_plan(cycle, id).value()) {
                subject_email = person.email;
                subject_id = id;
                break;
            }
        }
        ASSERT_FALSE(subject_email.empty());
        subject.choose_password(site.add_account(subject_email, domain::Role::Participant),
                                "a long enough password");
        app::FrameworkCache frameworks;
        const auto reports = app::CycleReports(site.store(), frameworks).all(cycle).value();
        const auto* report = app::find_subject(reports, subject_id);
        ASSERT_NE(report, nullptr);
        ASSERT_FALSE(report->report.focus.empty());
        const auto* attribute = reports.framework->find_attribute(report->report.focus.front().attribute);
        ASSERT_GE(attribute->micro_actions.size(), 2U);
        const auto id = attribute->id.value();
        chosen = attribute->micro_actions[1].text;
        not_in_plan = attribute->micro_actions[0].text;
        ASSERT_EQ(
            subject
                .submit(plan_href() + "/edit", plan_href(),
                        {{"revision", "0"}, {"focus", id}, {"goal-" + id, "A goal"}, {"micro-" + id, "1"}})
                .status,
            303);
    }

    std::string plan_href() const { return "/me/cycles/" + std::to_string(cycle.value()) + "/plan"; }

    std::size_t queue_nudges() {
        auto queued = app::HabitWeeks(site.store(), site.clock()).queue_nudges("https://leadline.example");
        EXPECT_TRUE(queued) << queued.error().message;
        return queued.value_or(0);
    }

    // The private link in the newest weekly email to the subject; empty when there is none.
    std::string newest_link() {
        const auto messages = site.store().outbox().recent(50).value();
        for (const auto& message : messages) {
            if (message.to == subject_email && message.kind == app::MessageKind::HabitNudge) {
                const auto at = message.body.find("/h/");
                return message.body.substr(at, 3 + 43);
            }
        }
        return "";
    }

    leadline::testing::DemoSite site;
    Browser subject{site};
    Browser inbox{site, "198.51.100.7"}; // whoever opens the email: no session
    domain::CycleId cycle;
    domain::PersonId subject_id;
    std::string subject_email, chosen, not_in_plan;
};

} // namespace

TEST_F(HabitPages, PickedMicroActionsAreAnsweredOnThePlanAndCounted) {
    const auto wrong = subject.submit(plan_href(), plan_href() + "/habits", {{"picks", not_in_plan}});
    ASSERT_EQ(wrong.status, 400);
    EXPECT_TRUE(contains(wrong.body, "Choose micro-actions from your plan."));
    ASSERT_EQ(subject.submit(plan_href(), plan_href() + "/habits", {{"picks", chosen}}).status, 303);
    auto page = subject.get(plan_href());
    EXPECT_TRUE(contains(page.body, "This week (from Monday 21 September 2026)"));
    EXPECT_TRUE(contains(page.body, "Not said yet"));
    ASSERT_EQ(
        subject.submit(plan_href(), plan_href() + "/habits/answer", {{"action", chosen}, {"did", "yes"}})
            .status,
        303);
    page = subject.get(plan_href());
    EXPECT_TRUE(contains(page.body, "Weeks so far"));
    EXPECT_TRUE(contains(page.body, "<td class=\"govuk-table__cell govuk-table__cell--numeric\">1</td>"));
    EXPECT_EQ(
        subject.submit(plan_href(), plan_href() + "/habits/answer", {{"action", not_in_plan}, {"did", "yes"}})
            .status,
        400);
    // The email can be turned off and on from the plan too.
    ASSERT_EQ(subject.submit(plan_href(), plan_href() + "/nudges", {{"nudges", "off"}}).status, 303);
    EXPECT_TRUE(contains(subject.get(plan_href()).body, "You have turned off the weekly email."));
    EXPECT_FALSE(site.store().development_plans().development_plan(cycle, subject_id).value()->nudges);
}

TEST_F(HabitPages, TheWeeklyEmailsLinkTakesAnswersOnceAWeekAndKindlyRefusesLateOnes) {
    ASSERT_EQ(subject.submit(plan_href(), plan_href() + "/habits", {{"picks", chosen}}).status, 303);
    EXPECT_EQ(queue_nudges(), 0U) << "picked this week: the first email comes next Monday";
    site.clock().advance(week_seconds);
    EXPECT_EQ(queue_nudges(), 1U);
    EXPECT_EQ(queue_nudges(), 0U) << "one email a week";
    const auto link = newest_link();
    ASSERT_FALSE(link.empty());
    const auto page = inbox.get(link);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "week of 28 September 2026"));
    EXPECT_TRUE(contains(page.body, chosen));
    for (int twice = 0; twice < 2; ++twice) {
        EXPECT_EQ(inbox.submit(link, link, {{"action", chosen}, {"did", "yes"}}).status, 303);
    }
    EXPECT_TRUE(contains(inbox.get(link).body, "Did it"));
    const auto weeks = site.store().habits().habit_weeks(cycle, subject_id).value();
    const auto tallies = domain::tally_habits(weeks);
    ASSERT_EQ(tallies.size(), 1U);
    EXPECT_EQ(tallies[0].done, 1) << "the same answer twice counts once";

    site.clock().advance(week_seconds);
    const auto late = inbox.submit(link, link, {{"action", chosen}, {"did", "no"}});
    EXPECT_EQ(late.status, 200);
    EXPECT_TRUE(contains(late.body, "That week is over"));
    EXPECT_EQ(domain::tally_habits(site.store().habits().habit_weeks(cycle, subject_id).value())[0].not_yet,
              0)
        << "a late answer is not counted";
}

TEST_F(HabitPages, SomeoneWhoStoppedTheEmailNeverGetsOne) {
    ASSERT_EQ(subject.submit(plan_href(), plan_href() + "/habits", {{"picks", chosen}}).status, 303);
    site.clock().advance(week_seconds);
    ASSERT_EQ(queue_nudges(), 1U);
    const auto link = newest_link();
    ASSERT_EQ(inbox.submit(link, link, {{"nudges", "off"}}).status, 303);
    EXPECT_TRUE(
        contains(inbox.get(link + "?done=nudges-off").body, "You will not get these weekly emails again."));
    for (int week = 0; week < 3; ++week) {
        site.clock().advance(week_seconds);
        EXPECT_EQ(queue_nudges(), 0U);
    }
    EXPECT_EQ(newest_link(), link) << "no email since";
    // Turned back on (the old link still does that), the next week's email comes.
    ASSERT_EQ(inbox.submit(link, link, {{"nudges", "on"}}).status, 303);
    site.clock().advance(week_seconds);
    EXPECT_EQ(queue_nudges(), 1U);
}

TEST_F(HabitPages, AnUnknownLinkReadsLikeAnyUnknownLink) {
    const auto unknown = inbox.get("/h/" + std::string(43, 'x'));
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.body, inbox.get("/r/" + std::string(43, 'x')).body);
}
