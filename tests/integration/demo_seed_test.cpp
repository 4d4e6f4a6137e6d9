#include <gtest/gtest.h>

#include "app/accounts/accounts.hpp"
#include "app/demo/demo_generator.hpp"
#include "app/demo/seed_demo.hpp"
#include "app/development/learning_set_members.hpp"
#include "app/development/learning_set_planning.hpp"
#include "app/development/mentor_planning.hpp"
#include "app/development/pulses.hpp"
#include "app/feedback/rater_list_approval.hpp"
#include "app/people/export_people.hpp"
#include "app/reporting/cycle_reports.hpp"
#include "app/security/invitation_token.hpp"
#include "support/scratch_database.hpp"
#include "support/settable_clock.hpp"
#include "support/shipped_frameworks.hpp"

using namespace leadline;
using leadline::testing::Backend;

namespace {

const app::LoadedFramework& leadership_in_action() {
    return leadline::testing::shipped_framework("leadership-in-action");
}

class DemoSeed : public ::testing::TestWithParam<Backend> {};

} // namespace

TEST_P(DemoSeed, WritesAPublishedCycleWithEveryGeneratedAnswer) {
    auto database = leadline::testing::ScratchDatabase::create(GetParam());
    LEADLINE_SKIP_WITHOUT(database);
    auto store = database->open();
    const auto demo = app::generate_demo({120, 11}, leadership_in_action().framework).value();
    auto summary = app::seed_demo(*store, demo, leadership_in_action());
    ASSERT_TRUE(summary.has_value()) << summary.error().message;

    EXPECT_EQ(store->people().people().value().size(), 120U);
    auto cycle = store->cycles().load_cycle(summary->cycle).value();
    EXPECT_EQ(cycle.state(), domain::CycleState::Published);
    EXPECT_EQ(cycle.subjects().size(), demo.subjects.size());
    EXPECT_EQ(cycle.nominations().size(), demo.nominations.size());

    std::size_t submitted = 0;
    for (const auto& nomination : demo.nominations) {
        if (nomination.answers && nomination.answers->state == domain::ResponseState::Submitted) {
            ++submitted;
        }
    }
    EXPECT_EQ(store->responses().submitted_responses(summary->cycle).value().size(), submitted);

    // The demo's links work: a token finds its invitation through the stored hash.
    const auto& token = demo.nominations.front().token;
    EXPECT_TRUE(store->responses().invitation_context(app::hash_token(token)).value().has_value());
}

TEST_P(DemoSeed, ShowsADraftWhoseRaterListsWaitForALineManagerAndARetentionPeriod) {
    auto database = leadline::testing::ScratchDatabase::create(GetParam());
    LEADLINE_SKIP_WITHOUT(database);
    auto store = database->open();
    const auto demo = app::generate_demo({400, 1}, leadership_in_action().framework).value();
    const auto summary = app::seed_demo(*store, demo, leadership_in_action()).value();
    ASSERT_TRUE(summary.approval_cycle);
    const auto draft = store->cycles().load_cycle(*summary.approval_cycle).value();
    EXPECT_EQ(draft.state(), domain::CycleState::Draft);
    EXPECT_EQ(draft.settings().approval, domain::RaterListApproval::LineManager);
    EXPECT_EQ(store->cycles().rater_list_approvals(*summary.approval_cycle).value().size(), 1U)
        << "one list is approved already";

    leadline::testing::SettableClock clock;
    ASSERT_TRUE(app::Accounts(*store, clock).add_user(summary.approver_email, domain::Role::LineManager));
    const auto approver = store->accounts().find_user_by_email(summary.approver_email).value().value();
    const auto waiting = app::RaterListApprovals(*store, clock, "").waiting_for(approver.user).value();
    ASSERT_FALSE(waiting.empty()) << "the demo's approver has lists to approve";
    EXPECT_EQ(waiting.front().cycle, *summary.approval_cycle);
    EXPECT_GE(waiting.front().raters.size(), 2U) << "their line manager and at least one peer";
    EXPECT_EQ(store->organisation().details().value().answer_retention_months, 24);
}

TEST_P(DemoSeed, WritesDevelopmentPlansThatTheirOwnersCouldHaveWritten) {
    auto database = leadline::testing::ScratchDatabase::create(GetParam());
    LEADLINE_SKIP_WITHOUT(database);
    auto store = database->open();
    const auto demo = app::generate_demo({120, 11}, leadership_in_action().framework).value();
    const auto summary = app::seed_demo(*store, demo, leadership_in_action()).value();
    app::FrameworkCache frameworks;
    const auto reports = app::CycleReports(*store, frameworks).all(summary.cycle).value();
    const auto plans = store->development_plans().development_plans(summary.cycle).value();
    EXPECT_EQ(plans.size(), summary.plans.plans);
    EXPECT_GT(plans.size(), reports.subjects.size() / 2) << "most subjects have started a plan";
    EXPECT_LT(plans.size(), reports.subjects.size()) << "and some have not";
    std::size_t shared = 0;
    std::size_t check_ins = 0;
    std::size_t habit_weeks = 0;
    const auto today = domain::Date::parse("2026-12-01").value();
    for (const auto& plan : plans) {
        const auto* subject = app::find_subject(reports, plan.person);
        ASSERT_NE(subject, nullptr);
        std::vector<domain::AttributeId> suggested;
        for (const auto& focus : subject->report.focus) {
            suggested.push_back(focus.attribute);
        }
        // Every plan passes the checks a plan typed into the form gets, on the day it was started.
        const auto problems =
            domain::check_plan(plan, *reports.framework, suggested, domain::day_of(plan.started_at));
        EXPECT_TRUE(problems.empty()) << problems.front().message;
        EXPECT_GT(domain::day_of(plan.started_at), demo.cycle.closes_on) << "started after the reports";
        if (plan.shared_with_manager) {
            ++shared;
            EXPECT_TRUE(store->people().person(plan.person).value()->line_manager) << "shared with someone";
        }
        const auto weeks = store->habits().habit_weeks(summary.cycle, plan.person).value();
        habit_weeks += weeks.size();
        for (const auto& week : weeks) {
            EXPECT_GT(week.week_start, domain::day_of(plan.started_at)) << "tried after the plan was made";
            EXPECT_LT(week.week_start, today);
            for (const auto& answer : week.answers) {
                const std::vector<std::string> one{answer.micro_action};
                EXPECT_FALSE(domain::check_habit_picks(one, plan)) << "a micro-action of the plan";
            }
        }
        const auto written = store->development_plans().check_ins(summary.cycle, plan.person).value();
        for (const auto& check_in : written) {
            ++check_ins;
            EXPECT_TRUE(domain::check_check_in(check_in, plan, today, demo.cycle.opens_on).empty());
        }
    }
    EXPECT_EQ(shared, summary.plans.shared);
    EXPECT_GT(shared, 0U);
    EXPECT_EQ(check_ins, summary.plans.check_ins);
    EXPECT_EQ(habit_weeks, summary.plans.habit_weeks);
    EXPECT_GT(habit_weeks, 0U);
    EXPECT_GT(check_ins, plans.size()) << "people are keeping up with their plans";
}

TEST_P(DemoSeed, WritesAPulseRoundWhoseResultsShowBothReadings) {
    auto database = leadline::testing::ScratchDatabase::create(GetParam());
    LEADLINE_SKIP_WITHOUT(database);
    auto store = database->open();
    const auto demo = app::generate_demo({120, 11}, leadership_in_action().framework).value();
    const auto summary = app::seed_demo(*store, demo, leadership_in_action()).value();
    EXPECT_EQ(store->pulses().pulse_rounds(summary.cycle).value().size(), 3U);
    EXPECT_EQ(summary.pulse.subjects, summary.plans.plans) << "every subject with a plan is asked about";
    const auto messages = store->outbox().recent(10000).value();
    EXPECT_TRUE(std::none_of(messages.begin(), messages.end(), [](const app::OutboxMessage& message) {
        return message.kind == app::MessageKind::PulseInvitation;
    })) << "a round already past sends no email";
    app::FrameworkCache frameworks;
    app::PublishedReports published(frameworks);
    leadline::testing::SettableClock clock;
    const auto results = app::Pulses(*store, published, clock).round_results(summary.cycle, 1).value();
    ASSERT_EQ(results.size(), summary.pulse.subjects);
    std::size_t answered = 0, shown = 0, more = 0, not_clear = 0;
    for (const auto& [subject, result] : results) {
        answered += static_cast<std::size_t>(result.answered);
        shown += result.shown ? 1 : 0;
        more += result.honest == domain::HonestChange::MoreInFocus ? 1 : 0;
        not_clear += result.honest == domain::HonestChange::NotClear ? 1 : 0;
    }
    EXPECT_EQ(answered, summary.pulse.answered);
    EXPECT_GT(shown, results.size() * 3 / 4) << "most subjects have enough answers to see";
    EXPECT_GT(more, 0U);
    EXPECT_GT(not_clear, 0U) << "the demo shows goodwill that is not growth too";
}

TEST_P(DemoSeed, ConfirmsMentoringPairsAsTheMatchingPageShowsThem) {
    auto database = leadline::testing::ScratchDatabase::create(GetParam());
    LEADLINE_SKIP_WITHOUT(database);
    auto store = database->open();
    const auto demo = app::generate_demo({120, 11}, leadership_in_action().framework).value();
    const auto summary = app::seed_demo(*store, demo, leadership_in_action()).value();
    app::FrameworkCache frameworks;
    app::MentoringSettings settings;
    settings.cycle = summary.cycle;
    const auto shown = app::plan_mentoring(*store, frameworks, settings).value();
    const auto pairs = store->mentoring().mentor_pairs(summary.cycle).value();
    EXPECT_EQ(pairs.size(), shown.matches.size());
    EXPECT_EQ(pairs.size(), summary.mentoring.pairs);
    EXPECT_GT(summary.mentoring.plans_shared, 0U);
    for (const auto& pair : pairs) {
        EXPECT_NE(pair.mentee, pair.mentor);
        EXPECT_FALSE(pair.reason.empty());
    }
}

TEST_P(DemoSeed, ConfirmsLearningSetsOfEverySubjectThatMembersSee) {
    auto database = leadline::testing::ScratchDatabase::create(GetParam());
    LEADLINE_SKIP_WITHOUT(database);
    auto store = database->open();
    const auto demo = app::generate_demo({120, 11}, leadership_in_action().framework).value();
    const auto summary = app::seed_demo(*store, demo, leadership_in_action()).value();
    const auto plans = store->learning_sets().learning_set_plans().value();
    ASSERT_EQ(plans.size(), 1U);
    EXPECT_GT(plans[0].confirmed_at, plans[0].created_at);
    const auto loaded = app::load_learning_sets(*store, plans[0].id).value();
    ASSERT_TRUE(loaded);
    const auto subjects = store->cycles().load_cycle(summary.cycle).value().subjects().size();
    EXPECT_EQ(loaded->candidates.people.size(), subjects) << "every subject is in a set";
    EXPECT_EQ(summary.learning_sets.people, subjects);
    EXPECT_EQ(summary.learning_sets.sets, loaded->plan.sets.size());
    for (const auto& set : loaded->plan.sets) {
        EXPECT_GE(set.members.size(), 6U);
        EXPECT_LE(set.members.size(), 8U);
    }
    const auto someone = loaded->candidates.people.front();
    leadline::testing::SettableClock clock;
    const auto mine = app::LearningSetMembers(*store, clock).of(someone).value();
    ASSERT_EQ(mine.size(), 1U);
    EXPECT_GE(mine[0].members.size(), 6U);
}

TEST_P(DemoSeed, RecordsEqualityInformationForMostPeopleInTheDefaultValues) {
    auto database = leadline::testing::ScratchDatabase::create(GetParam());
    LEADLINE_SKIP_WITHOUT(database);
    auto store = database->open();
    const auto demo = app::generate_demo({120, 11}, leadership_in_action().framework).value();
    auto summary = app::seed_demo(*store, demo, leadership_in_action());
    ASSERT_TRUE(summary.has_value()) << summary.error().message;

    const auto records = store->equality().equality_records().value();
    EXPECT_EQ(records.size(), summary->people_with_equality);
    EXPECT_GT(records.size(), 90U) << "most people have something recorded";
    EXPECT_LT(records.size(), 120U) << "and some have nothing, as in real directories";
    const auto defaults = domain::default_equality_categories();
    std::map<std::string, int> by_sex;
    for (const auto& [person, record] : records) {
        for (const auto& [field, value] : record) {
            EXPECT_TRUE(domain::defined_value(defaults, field, value)) << value;
        }
        ++by_sex[record.at(domain::EqualityField::Sex)];
    }
    EXPECT_GT(by_sex["Female"], 30);
    EXPECT_GT(by_sex["Male"], 30);
}

TEST_P(DemoSeed, RefusesADatabaseThatAlreadyHasPeople) {
    auto database = leadline::testing::ScratchDatabase::create(GetParam());
    LEADLINE_SKIP_WITHOUT(database);
    auto store = database->open();
    const auto demo = app::generate_demo({80, 1}, leadership_in_action().framework).value();
    ASSERT_TRUE(app::seed_demo(*store, demo, leadership_in_action()));
    auto again = app::seed_demo(*store, demo, leadership_in_action());
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().code, domain::ErrorCode::FailedPrecondition);
}

TEST(DemoSeedDeterminism, SameSeedGivesTheSameDatabaseContents) {
    std::vector<std::string> dumps;
    for (int run = 0; run < 2; ++run) {
        auto database = leadline::testing::ScratchDatabase::create(Backend::Sqlite);
        auto store = database->open();
        const auto demo = app::generate_demo({100, 21}, leadership_in_action().framework).value();
        auto summary = app::seed_demo(*store, demo, leadership_in_action()).value();
        std::string dump = app::export_people(*store).value();
        const auto responses = store->responses().submitted_responses(summary.cycle).value();
        for (const auto& response : responses) {
            dump += std::to_string(response.nomination.value()) + ":";
            for (const auto& [behaviour, rating] : response.response.ratings()) {
                dump += behaviour.value() + "=" + (rating.observed() ? std::to_string(rating.value()) : "-") +
                        ",";
            }
            for (const auto& [key, text] : response.response.comments()) {
                dump += key.first.value() + ":" + text + ";";
            }
            dump += "\n";
        }
        dumps.push_back(dump);
    }
    EXPECT_GT(dumps[0].size(), 1000U);
    EXPECT_EQ(dumps[0], dumps[1]);
}

INSTANTIATE_TEST_SUITE_P(Backends, DemoSeed, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         leadline::testing::backend_test_name);
