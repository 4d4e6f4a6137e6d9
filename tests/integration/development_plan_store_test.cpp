// The storage contract for development plans and check-ins, on SQLite and PostgreSQL.
#include <gtest/gtest.h>

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
