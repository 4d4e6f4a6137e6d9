// Retention: once a published cycle's closing date is the organisation's retention period in the past, its
// ratings and comments are deleted and its reports read exactly as before, on both backends.
#include <gtest/gtest.h>

#include <algorithm>

#include "app/demo/demo_generator.hpp"
#include "app/demo/seed_demo.hpp"
#include "app/governance/answer_retention.hpp"
#include "app/governance/erasure.hpp"
#include "app/reporting/cycle_reports.hpp"
#include "app/reporting/report_json.hpp"
#include "support/scratch_database.hpp"
#include "support/settable_clock.hpp"
#include "support/shipped_frameworks.hpp"

using namespace leadline;
using leadline::testing::Backend;

namespace {

class AnswerRetentionTest : public ::testing::TestWithParam<Backend> {
  protected:
    void SetUp() override {
        database = leadline::testing::ScratchDatabase::create(GetParam());
        if (!database) {
            return;
        }
        store = database->open();
        const auto& framework = leadline::testing::shipped_framework("leadership-in-action");
        demo = app::generate_demo({120, 5}, framework.framework).value();
        summary = app::seed_demo(*store, demo, framework).value();
    }

    // The clock moved to midday (UTC) on the day written.
    void set_day(const std::string& iso) {
        const auto day = domain::Date::parse(iso).value().day();
        const auto target = std::chrono::sys_seconds{day}.time_since_epoch().count() + 12 * 3600;
        clock.advance(target - clock.now_seconds());
    }

    void keep_answers_for(std::optional<int> months) {
        auto details = store->organisation().details().value();
        details.name = "Demo Council";
        details.answer_retention_months = months;
        ASSERT_TRUE(store->organisation().save_details(details));
    }

    // Every report of the published cycle as the API writes it, by subject email.
    std::map<std::string, std::string> reports() {
        const auto set = app::CycleReports(*store, frameworks).all(summary.cycle).value();
        std::map<std::string, std::string> written;
        for (const auto& subject : set.subjects) {
            written[subject.email] = app::report_json(set, subject);
        }
        return written;
    }

    std::size_t ratings_and_comments() {
        std::size_t count = 0;
        const auto sent_responses = store->responses().submitted_responses(summary.cycle).value();
        for (const auto& sent : sent_responses) {
            count += sent.response.ratings().size() + sent.response.comments().size();
        }
        return count;
    }

    std::unique_ptr<leadline::testing::ScratchDatabase> database;
    std::unique_ptr<app::Store> store;
    app::DemoData demo;
    app::DemoSummary summary;
    app::FrameworkCache frameworks;
    leadline::testing::SettableClock clock;
};

} // namespace

TEST_P(AnswerRetentionTest, WithoutARetentionPeriodAnswersAreKept) {
    LEADLINE_SKIP_WITHOUT(database);
    keep_answers_for(std::nullopt); // the demo council keeps them for 24 months
    set_day("2036-01-01");
    EXPECT_TRUE(app::delete_answers_due(*store, frameworks, clock).value().empty());
    EXPECT_GT(ratings_and_comments(), 0U);
    const auto keeping = app::answer_keeping(*store, summary.cycle).value();
    EXPECT_FALSE(keeping.due);
    EXPECT_FALSE(keeping.deleted_at);
}

TEST_P(AnswerRetentionTest, AnswersGoOnTheDayDueAndEveryReportReadsAsBefore) {
    LEADLINE_SKIP_WITHOUT(database);
    keep_answers_for(12); // the demo's published cycle closed on 30 September 2026
    EXPECT_EQ(app::answer_keeping(*store, summary.cycle).value().due,
              domain::Date::parse("2027-09-30").value());
    EXPECT_FALSE(app::answer_keeping(*store, summary.open_cycle).value().due)
        << "an open cycle keeps its answers";
    const auto before = reports();
    const auto answered = store->responses().submitted_responses(summary.cycle).value().size();
    const auto audited = store->audit().count().value();

    set_day("2027-09-29");
    EXPECT_TRUE(app::delete_answers_due(*store, frameworks, clock).value().empty()) << "not a day early";
    EXPECT_GT(ratings_and_comments(), 0U);

    set_day("2027-09-30");
    EXPECT_EQ(app::delete_answers_due(*store, frameworks, clock).value(), std::vector{summary.cycle});
    EXPECT_EQ(ratings_and_comments(), 0U) << "every rating and comment is deleted";
    EXPECT_EQ(store->responses().submitted_responses(summary.cycle).value().size(), answered)
        << "who answered stays, for the cycle's counts";
    EXPECT_EQ(reports(), before) << "each report reads exactly as it did";
    EXPECT_EQ(app::answer_keeping(*store, summary.cycle).value().deleted_at, clock.now_seconds());
    EXPECT_EQ(store->audit().count().value(), audited + 1);
    EXPECT_EQ(store->audit().entries(1, 0).value().front().actor, "Leadline (retention period)");

    EXPECT_TRUE(app::delete_answers_due(*store, frameworks, clock).value().empty()) << "once only";
    EXPECT_EQ(reports(), before);
}

TEST_P(AnswerRetentionTest, ErasingASubjectAfterwardsTakesTheirKeptReportAway) {
    LEADLINE_SKIP_WITHOUT(database);
    keep_answers_for(1);
    set_day("2026-11-30");
    ASSERT_EQ(app::delete_answers_due(*store, frameworks, clock).value().size(), 1U);
    const auto before = reports();
    const auto& open_subjects = demo.open_cycle.subjects;
    const auto index = *std::find_if(demo.subjects.begin(), demo.subjects.end(), [&](std::size_t s) {
        return std::find(open_subjects.begin(), open_subjects.end(), s) == open_subjects.end();
    });
    auto person = store->people().find_person(demo.people[index].email).value().value();
    person.left_at = clock.now_seconds();
    ASSERT_TRUE(store->people().save_person(person));
    ASSERT_TRUE(app::erase_person(*store, person.email));

    auto after = reports();
    EXPECT_FALSE(after.contains(person.email)) << "their own report is gone";
    EXPECT_EQ(after.size(), before.size() - 1);
    for (const auto& [email, report] : after) {
        EXPECT_EQ(report, before.at(email)) << "everyone else's reads as it did";
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, AnswerRetentionTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         leadline::testing::backend_test_name);
