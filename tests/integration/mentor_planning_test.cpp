// Mentor matching from a published demo cycle: who may be paired, and what HR receives.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "app/demo/demo_generator.hpp"
#include "app/demo/seed_demo.hpp"
#include "app/development/mentor_planning.hpp"
#include "support/scratch_database.hpp"
#include "support/shipped_frameworks.hpp"

using namespace leadline;

namespace {

class MentorPlanning : public ::testing::Test {
  protected:
    void SetUp() override {
        database = leadline::testing::ScratchDatabase::create(leadline::testing::Backend::Sqlite);
        store = database->open();
        const auto& framework = leadline::testing::shipped_framework("leadership-in-action");
        const auto demo = app::generate_demo({120, 5}, framework.framework).value();
        summary = app::seed_demo(*store, demo, framework).value();
    }

    app::MentoringPlan plan(int capacity) {
        app::MentoringSettings settings;
        settings.cycle = summary.cycle;
        settings.capacity = capacity;
        return app::plan_mentoring(*store, frameworks, settings).value();
    }

    std::unique_ptr<leadline::testing::ScratchDatabase> database;
    std::unique_ptr<app::Store> store;
    app::FrameworkCache frameworks;
    app::DemoSummary summary;
};

} // namespace

TEST_F(MentorPlanning, NoOneIsPairedWithTheirLineChainTeamOrRaters) {
    const auto result = plan(2);
    ASSERT_FALSE(result.matches.empty());
    const auto cycle = store->cycles().load_cycle(summary.cycle).value();
    std::map<std::string, int> taken;
    for (const auto& match : result.matches) {
        EXPECT_NE(match.mentee_email, match.mentor_email);
        const auto mentee = store->people().find_person(match.mentee_email).value().value();
        const auto mentor = store->people().find_person(match.mentor_email).value().value();
        EXPECT_NE(mentee.unit, mentor.unit) << match.mentee_email << " and " << match.mentor_email;
        // Up each line: neither is the other's manager, at any distance.
        for (auto [from, to] : {std::pair{mentee, mentor}, std::pair{mentor, mentee}}) {
            auto manager = from.line_manager;
            for (int steps = 0; manager && steps < 10; ++steps) {
                EXPECT_NE(*manager, to.id) << from.email << " is managed by " << to.email;
                const auto people = store->people().people().value();
                const auto found = std::find_if(people.begin(), people.end(),
                                                [&](const auto& p) { return p.id == *manager; });
                manager = found == people.end() ? std::nullopt : found->line_manager;
            }
        }
        for (const auto& nomination : cycle.nominations()) {
            EXPECT_FALSE(nomination.subject == mentee.id && nomination.rater.person == mentor.id)
                << match.mentor_email << " was asked to rate " << match.mentee_email;
        }
        EXPECT_LE(++taken[match.mentor_email], 2) << "capacity";
        EXPECT_GT(match.fit, 0.0);
        EXPECT_EQ(match.reason.rfind("Strong in ", 0), 0U) << match.reason;
    }
}

TEST_F(MentorPlanning, MoreRoomPerMentorNeverMatchesFewerMentees) {
    const auto one = plan(1);
    const auto three = plan(3);
    EXPECT_GE(three.matches.size(), one.matches.size());
    EXPECT_EQ(one.matches.size() + one.unmatched.size(), three.matches.size() + three.unmatched.size());
    const auto csv = app::mentoring_csv(one);
    EXPECT_EQ(csv.substr(0, csv.find('\n')), "mentee_email,mentee_name,mentor_email,mentor_name,fit,reason");
    EXPECT_EQ(static_cast<std::size_t>(std::count(csv.begin(), csv.end(), '\n')),
              one.matches.size() + one.unmatched.size() + 1);
}

TEST_F(MentorPlanning, ACycleNotYetPublishedIsRefused) {
    app::MentoringSettings settings;
    settings.cycle = summary.open_cycle;
    const auto refused = app::plan_mentoring(*store, frameworks, settings);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("not published"), std::string::npos) << refused.error().message;
    settings.cycle = summary.cycle;
    settings.capacity = 0;
    EXPECT_FALSE(app::plan_mentoring(*store, frameworks, settings));
}
