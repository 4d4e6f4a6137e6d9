// The storage contract for confirmed mentoring pairs and plans shared with a mentor, on SQLite and
// PostgreSQL.
#include <gtest/gtest.h>

#include "support/cycle_settings.hpp"
#include "support/scratch_database.hpp"

using namespace leadline;
using leadline::testing::Backend;

namespace {

class MentoringStore : public ::testing::TestWithParam<Backend> {
  protected:
    void SetUp() override {
        m_database = leadline::testing::ScratchDatabase::create(GetParam());
        LEADLINE_SKIP_WITHOUT(m_database);
        m_store = m_database->open();
        auto unit = m_store->people().ensure_unit({"Housing"}).value();
        for (const auto* who : {"sam", "ola", "kim"}) {
            people.push_back(m_store->people()
                                 .save_person({{},
                                               std::string(who) + "@council.example",
                                               who,
                                               "G7",
                                               "Policy",
                                               "London",
                                               unit,
                                               std::nullopt,
                                               std::nullopt})
                                 .value());
        }
        cycle = m_store->cycles().create_cycle(leadline::testing::september_cycle()).value();
    }

    std::unique_ptr<leadline::testing::ScratchDatabase> m_database;
    std::unique_ptr<app::Store> m_store;
    std::vector<domain::PersonId> people;
    domain::CycleId cycle;
};

} // namespace

TEST_P(MentoringStore, PairsReplaceThoseBeforeAndAreFoundFromEitherSide) {
    auto& mentoring = m_store->mentoring();
    ASSERT_TRUE(mentoring.save_mentor_pairs(
        cycle, {{cycle, people[0], people[2], 1.25, "Strong in listening", 100},
                {cycle, people[1], people[2], 0.5, "Different department", 100}}));
    EXPECT_EQ(mentoring.mentor_pairs(cycle).value().size(), 2U);
    const auto of_kim = mentoring.pairs_with(people[2]).value();
    ASSERT_EQ(of_kim.size(), 2U);
    EXPECT_EQ(of_kim[0].mentee, people[0]);
    EXPECT_DOUBLE_EQ(of_kim[0].fit, 1.25);
    EXPECT_EQ(of_kim[0].reason, "Strong in listening");
    ASSERT_TRUE(mentoring.save_mentor_pairs(cycle, {{cycle, people[1], people[0], 0.75, "Again", 200}}));
    EXPECT_TRUE(mentoring.pairs_with(people[2]).value().empty()) << "confirming again replaces the pairs";
    const auto of_sam = mentoring.pairs_with(people[0]).value();
    ASSERT_EQ(of_sam.size(), 1U);
    EXPECT_EQ(of_sam[0].mentor, people[0]);
    EXPECT_EQ(of_sam[0].confirmed_at, 200);
    ASSERT_TRUE(m_store->people().erase_person(people[0], "erased-1@leadline.invalid"));
    EXPECT_TRUE(mentoring.mentor_pairs(cycle).value().empty()) << "erasing someone takes their pairs";
}

TEST_P(MentoringStore, APlanIsSharedWithTheMentorOnlyWhenSaid) {
    domain::DevelopmentPlan plan;
    plan.cycle = cycle;
    plan.person = people[1];
    plan.focus = {
        domain::PlanFocus{domain::AttributeId{"listening"}, "", "A goal", {}, {}, std::nullopt, false, true}};
    EXPECT_EQ(m_store->development_plans().share_with_mentor(cycle, people[1], true).error().code,
              domain::ErrorCode::NotFound);
    ASSERT_TRUE(m_store->development_plans().save_development_plan(plan, 10));
    EXPECT_FALSE(m_store->development_plans().development_plan(cycle, people[1]).value()->shared_with_mentor);
    ASSERT_TRUE(m_store->development_plans().share_with_mentor(cycle, people[1], true));
    EXPECT_TRUE(m_store->development_plans().development_plan(cycle, people[1]).value()->shared_with_mentor);
    EXPECT_FALSE(m_store->development_plans().development_plan(cycle, people[1]).value()->shared_with_manager)
        << "sharing with the mentor is not sharing with the line manager";
    EXPECT_TRUE(m_store->development_plans().development_plans(cycle).value().front().shared_with_mentor);
}

INSTANTIATE_TEST_SUITE_P(Backends, MentoringStore, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         leadline::testing::backend_test_name);

TEST_P(MentoringStore, ChoicesAreKeptPerPersonAndCycleAndChangedInPlace) {
    auto& mentoring = m_store->mentoring();
    EXPECT_FALSE(mentoring.mentoring_choice(cycle, people[0]).value());
    app::MentoringChoice sam{people[0].value(),
                             {domain::AttributeId{"listening"}, domain::AttributeId{"delivery"}},
                             true,
                             {},
                             std::nullopt};
    app::MentoringChoice kim{people[2].value(), {}, false, {domain::AttributeId{"curiosity"}}, 3};
    ASSERT_TRUE(mentoring.save_mentoring_choice(cycle, sam, 100));
    ASSERT_TRUE(mentoring.save_mentoring_choice(cycle, kim, 100));
    const auto saved = mentoring.mentoring_choice(cycle, people[0]).value();
    ASSERT_TRUE(saved);
    EXPECT_TRUE(saved->wants_mentor);
    EXPECT_EQ(saved->develop, sam.develop);
    EXPECT_TRUE(saved->strengths.empty());
    EXPECT_FALSE(saved->capacity) << "blank stays blank, not 0 (which opts out)";
    sam.wants_mentor = false;
    sam.develop.clear();
    sam.capacity = 0;
    ASSERT_TRUE(mentoring.save_mentoring_choice(cycle, sam, 200));
    const auto all = mentoring.mentoring_choices(cycle).value();
    ASSERT_EQ(all.size(), 2U) << "saving again replaces";
    EXPECT_FALSE(all[0].wants_mentor);
    EXPECT_EQ(all[0].capacity, 0);
    EXPECT_EQ(all[1].strengths, kim.strengths);
    EXPECT_EQ(all[1].capacity, 3);
    ASSERT_TRUE(m_store->people().erase_person(people[2], "erased-2@leadline.invalid"));
    EXPECT_EQ(mentoring.mentoring_choices(cycle).value().size(), 1U) << "erasing someone takes their choices";
}
