// The storage contract for development plans and check-ins, on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>

#include "domain/development/habits.hpp"
#include "support/cycle_settings.hpp"
#include "support/scratch_database.hpp"

using namespace leadline;
using leadline::testing::Backend;

namespace {

domain::Date day(const char* iso) {
    return domain::Date::parse(iso).value();
}

class DevelopmentPlanStore : public ::testing::TestWithParam<Backend> {
  protected:
    void SetUp() override {
        m_database = leadline::testing::ScratchDatabase::create(GetParam());
        LEADLINE_SKIP_WITHOUT(m_database);
        m_store = m_database->open();
        auto unit = plans_store().people().ensure_unit({"Housing"}).value();
        sam = plans_store()
                  .people()
                  .save_person({{},
                                "sam@council.example",
                                "Sam",
                                "G7",
                                "Policy",
                                "London",
                                unit,
                                std::nullopt,
                                std::nullopt})
                  .value();
        cycle = plans_store().cycles().create_cycle(leadline::testing::september_cycle()).value();
    }

    app::Store& plans_store() { return *m_store; }
    app::DevelopmentPlanRepository& plans() { return m_store->development_plans(); }

    domain::DevelopmentPlan two_areas() const {
        domain::DevelopmentPlan plan;
        plan.cycle = cycle;
        plan.person = sam;
        domain::PlanFocus listening{domain::AttributeId{"listening"},
                                    "",
                                    "Let others finish before I answer",
                                    {"Chair a meeting you would usually lead from the front"},
                                    {"Ask one question before giving a view", "Summarise what you heard"},
                                    day("2027-03-01"),
                                    true,
                                    false};
        domain::PlanFocus purpose{domain::AttributeId{"purpose"},
                                  "My team asked for it",
                                  "Say why our work matters",
                                  {},
                                  {},
                                  std::nullopt,
                                  false,
                                  true};
        plan.focus = {listening, purpose};
        return plan;
    }

    std::unique_ptr<leadline::testing::ScratchDatabase> m_database;
    std::unique_ptr<app::Store> m_store;
    domain::PersonId sam;
    domain::CycleId cycle;
};

} // namespace

TEST_P(DevelopmentPlanStore, APlanReadsBackAsSavedWithItsIdeasInOrder) {
    EXPECT_FALSE(plans().development_plan(cycle, sam).value()) << "no plan before the first save";
    ASSERT_EQ(plans().save_development_plan(two_areas(), 1000).value(), 1);
    const auto read = plans().development_plan(cycle, sam).value();
    ASSERT_TRUE(read);
    EXPECT_EQ(read->revision, 1);
    EXPECT_EQ(read->started_at, 1000);
    EXPECT_EQ(read->changed_at, 1000);
    EXPECT_FALSE(read->shared_with_manager);
    ASSERT_EQ(read->focus.size(), 2U);
    const auto expected = two_areas();
    for (std::size_t f = 0; f < 2; ++f) {
        EXPECT_EQ(read->focus[f].attribute, expected.focus[f].attribute);
        EXPECT_EQ(read->focus[f].why, expected.focus[f].why);
        EXPECT_EQ(read->focus[f].goal, expected.focus[f].goal);
        EXPECT_EQ(read->focus[f].stretch_experiences, expected.focus[f].stretch_experiences);
        EXPECT_EQ(read->focus[f].micro_actions, expected.focus[f].micro_actions);
        EXPECT_EQ(read->focus[f].review_by, expected.focus[f].review_by);
        EXPECT_EQ(read->focus[f].line_manager_helps, expected.focus[f].line_manager_helps);
        EXPECT_EQ(read->focus[f].mentor_helps, expected.focus[f].mentor_helps);
    }
}

TEST_P(DevelopmentPlanStore, ASaveFromAStaleFormIsAConflictAndChangesNothing) {
    ASSERT_TRUE(plans().save_development_plan(two_areas(), 1000));
    auto first_tab = two_areas();
    first_tab.revision = 1;
    first_tab.focus.pop_back();
    auto second_tab = two_areas();
    second_tab.revision = 1;
    second_tab.focus.front().goal = "Changed in the second tab";
    ASSERT_EQ(plans().save_development_plan(first_tab, 2000).value(), 2);
    const auto stale = plans().save_development_plan(second_tab, 3000);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, domain::ErrorCode::Conflict);
    const auto read = plans().development_plan(cycle, sam).value();
    ASSERT_TRUE(read);
    EXPECT_EQ(read->revision, 2);
    EXPECT_EQ(read->started_at, 1000);
    EXPECT_EQ(read->changed_at, 2000);
    ASSERT_EQ(read->focus.size(), 1U) << "the first tab's save stands";
    EXPECT_EQ(read->focus.front().goal, two_areas().focus.front().goal);
    // A second "first save" is stale too: the plan exists.
    EXPECT_EQ(plans().save_development_plan(two_areas(), 4000).error().code, domain::ErrorCode::Conflict);
}

TEST_P(DevelopmentPlanStore, SharingIsKeptWithItsDayAndCanBeTakenBack) {
    EXPECT_EQ(plans().share_development_plan(cycle, sam, true, 50).error().code, domain::ErrorCode::NotFound);
    ASSERT_TRUE(plans().save_development_plan(two_areas(), 1000));
    ASSERT_TRUE(plans().share_development_plan(cycle, sam, true, 5000));
    const auto shared = plans().development_plan(cycle, sam).value().value();
    EXPECT_TRUE(shared.shared_with_manager);
    EXPECT_EQ(shared.shared_at, 5000);
    EXPECT_EQ(shared.revision, 1) << "sharing is not a change to the plan";
    ASSERT_TRUE(plans().share_development_plan(cycle, sam, false, 6000));
    const auto private_again = plans().development_plan(cycle, sam).value().value();
    EXPECT_FALSE(private_again.shared_with_manager);
    EXPECT_EQ(private_again.shared_at, 0);
}

TEST_P(DevelopmentPlanStore, ALineManagerFindsOnlyThePlansSharedWithThem) {
    auto unit = plans_store().people().ensure_unit({"Housing"}).value();
    const auto kim = plans_store()
                         .people()
                         .save_person({{},
                                       "kim@council.example",
                                       "Kim",
                                       "G6",
                                       "Policy",
                                       "London",
                                       unit,
                                       std::nullopt,
                                       std::nullopt})
                         .value();
    auto person = plans_store().people().person(sam).value().value();
    person.line_manager = kim;
    ASSERT_TRUE(plans_store().people().save_person(person));
    ASSERT_TRUE(plans().save_development_plan(two_areas(), 1000));
    EXPECT_TRUE(plans().plans_shared_with(kim).value().empty()) << "private until shared";
    ASSERT_TRUE(plans().share_development_plan(cycle, sam, true, 2000));
    const auto shared = plans().plans_shared_with(kim).value();
    ASSERT_EQ(shared.size(), 1U);
    EXPECT_EQ(shared[0].first, cycle);
    EXPECT_EQ(shared[0].second, sam);
    EXPECT_TRUE(plans().plans_shared_with(sam).value().empty()) << "only with their own line manager";
}

TEST_P(DevelopmentPlanStore, CheckInsReadBackByTheDayTheyHappened) {
    ASSERT_TRUE(plans().save_development_plan(two_areas(), 1000));
    ASSERT_TRUE(plans().add_check_in(cycle, sam, {0, day("2026-12-10"), std::nullopt, "Second", "", 20}));
    ASSERT_TRUE(plans().add_check_in(
        cycle, sam, {0, day("2026-12-03"), domain::AttributeId{"listening"}, "First", "It felt slow", 10}));
    const auto read = plans().check_ins(cycle, sam).value();
    ASSERT_EQ(read.size(), 2U);
    EXPECT_EQ(read[0].did, "First");
    EXPECT_EQ(read[0].learned, "It felt slow");
    EXPECT_EQ(read[0].about, domain::AttributeId{"listening"});
    EXPECT_EQ(read[0].on, day("2026-12-03"));
    EXPECT_EQ(read[0].written_at, 10);
    EXPECT_EQ(read[1].did, "Second");
    EXPECT_FALSE(read[1].about);
    EXPECT_GT(read[0].id, 0);
}

TEST_P(DevelopmentPlanStore, ACyclesPlansAreListedAndErasingAPersonTakesTheirPlan) {
    ASSERT_TRUE(plans().save_development_plan(two_areas(), 1000));
    ASSERT_TRUE(plans().add_check_in(cycle, sam, {0, day("2026-12-03"), std::nullopt, "Something", "", 10}));
    auto all = plans().development_plans(cycle).value();
    ASSERT_EQ(all.size(), 1U);
    EXPECT_EQ(all.front().person, sam);
    EXPECT_EQ(all.front().focus.size(), 2U);
    EXPECT_EQ(all.front().focus.front().micro_actions.size(), 2U);
    ASSERT_TRUE(plans_store().people().erase_person(sam, "erased-1@leadline.invalid"));
    EXPECT_FALSE(plans().development_plan(cycle, sam).value());
    EXPECT_TRUE(plans().check_ins(cycle, sam).value().empty());
    EXPECT_TRUE(plans().development_plans(cycle).value().empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, DevelopmentPlanStore,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         leadline::testing::backend_test_name);

class HabitStore : public DevelopmentPlanStore {};

TEST_P(HabitStore, PicksStartAWeekOnceAndAnAnswerGivenTwiceIsOneAnswer) {
    ASSERT_TRUE(plans().save_development_plan(two_areas(), 1000));
    auto& habits = plans_store().habits();
    ASSERT_TRUE(habits.set_habit_picks(
        cycle, sam, {"Ask one question before giving a view", "Summarise what you heard"}, 2000));
    const auto monday = day("2026-11-30");
    ASSERT_TRUE(habits.start_habit_week(cycle, sam, monday, "hash-1", 3000).value());
    EXPECT_FALSE(habits.start_habit_week(cycle, sam, monday, "hash-2", 3100).value()) << "a week starts once";
    const auto link = habits.habit_week_by_token("hash-1").value();
    ASSERT_TRUE(link);
    EXPECT_EQ(link->person, sam);
    EXPECT_EQ(link->week_start, monday);
    EXPECT_FALSE(habits.habit_week_by_token("hash-2").value());
    EXPECT_TRUE(habits.answer_habit(cycle, sam, monday, "Summarise what you heard", true, 4000).value());
    EXPECT_TRUE(habits.answer_habit(cycle, sam, monday, "Summarise what you heard", true, 4100).value());
    EXPECT_FALSE(habits.answer_habit(cycle, sam, monday, "Not this week's", true, 4200).value());
    const auto weeks = habits.habit_weeks(cycle, sam).value();
    ASSERT_EQ(weeks.size(), 1U);
    ASSERT_EQ(weeks[0].answers.size(), 2U);
    const auto tallies = domain::tally_habits(weeks);
    const auto summarise = std::find_if(tallies.begin(), tallies.end(), [](const domain::HabitTally& tally) {
        return tally.micro_action == "Summarise what you heard";
    });
    ASSERT_NE(summarise, tallies.end());
    EXPECT_EQ(summarise->done, 1) << "said twice, counted once";
    EXPECT_EQ(summarise->weeks, 1);
}

TEST_P(HabitStore, AWeeklyEmailIsDueOnlyWithNudgesOnPicksFromBeforeTheWeekAndNoneSentYet) {
    ASSERT_TRUE(plans().save_development_plan(two_areas(), 1000));
    auto& habits = plans_store().habits();
    const auto monday = day("2026-11-30");
    const auto monday_seconds = std::chrono::sys_seconds(monday.day()).time_since_epoch().count();
    EXPECT_TRUE(habits.habit_nudges_due(monday).value().empty()) << "nothing picked";
    ASSERT_TRUE(habits.set_habit_picks(cycle, sam, {"Summarise what you heard"}, monday_seconds + 60));
    EXPECT_TRUE(habits.habit_nudges_due(monday).value().empty())
        << "picked this week: its first email is next week";
    ASSERT_TRUE(habits.set_habit_picks(cycle, sam, {"Summarise what you heard"}, monday_seconds + 120));
    const auto next_monday = day("2026-12-07");
    auto due = habits.habit_nudges_due(next_monday).value();
    ASSERT_EQ(due.size(), 1U) << "picking the same again keeps when it was first picked";
    EXPECT_EQ(due[0].email, "sam@council.example");
    ASSERT_TRUE(habits.set_habit_nudges(cycle, sam, false));
    EXPECT_TRUE(habits.habit_nudges_due(next_monday).value().empty()) << "turned off";
    EXPECT_FALSE(plans().development_plan(cycle, sam).value()->nudges);
    ASSERT_TRUE(habits.set_habit_nudges(cycle, sam, true));
    ASSERT_TRUE(habits.start_habit_week(cycle, sam, next_monday, "hash", monday_seconds + 7 * 86400));
    EXPECT_TRUE(habits.habit_nudges_due(next_monday).value().empty()) << "the week's email went";
}

INSTANTIATE_TEST_SUITE_P(Backends, HabitStore, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         leadline::testing::backend_test_name);
