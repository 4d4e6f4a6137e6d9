// Mentor matching from a published demo cycle: who may be paired, and what HR receives.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "app/demo/demo_generator.hpp"
#include "app/demo/seed_demo.hpp"
#include "app/development/directory.hpp"
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

namespace {

std::string choices_row(const std::string& email, const std::string& develop, const std::string& strengths,
                        const std::string& capacity) {
    return email + "," + develop + "," + strengths + "," + capacity + "\n";
}

} // namespace

TEST_F(MentorPlanning, ChosenAreasAndDeclaredStrengthsAreMatchedAndSaidSo) {
    // Every subject but one opts out of mentoring and of being mentored; one person, outside the
    // cycle when there is one, declares three strengths. The one left chose an area: they are matched
    // with that person, and the reason says who chose and who declared what.
    const auto cycle = store->cycles().load_cycle(summary.cycle).value();
    const auto directory = app::read_directory(*store).value();
    std::set<domain::PersonId> subjects;
    for (const auto& subject : cycle.subjects()) {
        subjects.insert(subject.person);
    }
    const auto people = store->people().people().value();
    const auto outsider = std::find_if(people.begin(), people.end(),
                                       [&](const auto& person) { return subjects.count(person.id) == 0; });
    ASSERT_NE(outsider, people.end()) << "the demo directory has people outside the cycle";
    const auto& mentor = *outsider;
    const auto mentor_chain = directory.line_chain(mentor);
    auto may_pair = [&](const domain::Person& mentee) {
        const auto chain = directory.line_chain(mentee);
        const bool rated =
            std::any_of(cycle.nominations().begin(), cycle.nominations().end(),
                        [&](const auto& n) { return n.subject == mentee.id && n.rater.person == mentor.id; });
        return mentee.unit != mentor.unit && !rated &&
               std::find(chain.begin(), chain.end(), mentor.email) == chain.end() &&
               std::find(mentor_chain.begin(), mentor_chain.end(), mentee.email) == mentor_chain.end();
    };
    std::string choices = "email,develop,strengths,capacity\n";
    const domain::Person* chooser = nullptr;
    for (const auto& person : people) {
        if (subjects.count(person.id) == 0) {
            continue;
        }
        if (chooser == nullptr && may_pair(person)) {
            chooser = &person;
            choices += choices_row(person.email, "COLLABORATING", "", "0"); // an id, in another case
        } else {
            choices += choices_row(person.email, "none", "", "0");
        }
    }
    ASSERT_NE(chooser, nullptr);
    choices += choices_row(
        mentor.email, "",
        "purpose-and-outcomes; collaborating;Empowering and developing individuals and teams", "3");

    app::MentoringSettings settings;
    settings.cycle = summary.cycle;
    settings.choices_csv = choices;
    const auto plan = app::plan_mentoring(*store, frameworks, settings).value();
    EXPECT_EQ(plan.mentors, 1U);
    EXPECT_TRUE(plan.unmatched.empty()) << app::mentoring_text(plan);
    ASSERT_EQ(plan.matches.size(), 1U) << app::mentoring_text(plan);
    const auto& match = plan.matches.front();
    EXPECT_EQ(match.mentee_email, chooser->email);
    EXPECT_EQ(match.mentor_email, mentor.email);
    EXPECT_EQ(match.reason.rfind("Says they are strong in Collaborating, making connections and encouraging "
                                 "cross-system working, which " +
                                     chooser->name + " chose to develop",
                                 0),
              0U)
        << match.reason;

    // Without the file the same cycle matches many, each on evidence from the reports.
    settings.choices_csv.clear();
    const auto from_reports = app::plan_mentoring(*store, frameworks, settings).value();
    EXPECT_GT(from_reports.matches.size(), 10U);
    EXPECT_EQ(from_reports.matches.front().reason.rfind("Strong in ", 0), 0U);
}

TEST_F(MentorPlanning, ChoicesPeopleMadeOnTheirPagesAreUsedAndAFileReplacesThem) {
    app::MentoringSettings settings;
    settings.cycle = summary.cycle;
    const auto before = app::plan_mentoring(*store, frameworks, settings).value();
    ASSERT_FALSE(before.matches.empty());
    const auto mentee_email = before.matches.front().mentee_email;
    const auto mentee = store->people().find_person(mentee_email).value().value();
    // They say they do not want a mentor this time: they are not matched.
    ASSERT_TRUE(
        store->mentoring().save_mentoring_choice(summary.cycle, {mentee.id.value(), {}, false, {}, 0}, 10));
    const auto declined = app::plan_mentoring(*store, frameworks, settings).value();
    const auto listed = [&](const app::MentoringPlan& plan, const std::string& email) {
        return std::any_of(plan.matches.begin(), plan.matches.end(),
                           [&](const app::MentoringMatch& match) { return match.mentee_email == email; }) ||
               std::any_of(plan.unmatched.begin(), plan.unmatched.end(),
                           [&](const app::MentoringMatch& match) { return match.mentee_email == email; });
    };
    EXPECT_FALSE(listed(declined, mentee_email));
    EXPECT_TRUE(
        std::none_of(declined.matches.begin(), declined.matches.end(),
                     [&](const app::MentoringMatch& match) { return match.mentor_email == mentee_email; }))
        << "capacity 0: not a mentor either";
    // A choices file line for them replaces what they chose on the page.
    settings.choices_csv = "email,develop\n" + mentee_email + ",collaborating\n";
    const auto filed = app::plan_mentoring(*store, frameworks, settings).value();
    EXPECT_TRUE(listed(filed, mentee_email));
}

TEST_F(MentorPlanning, AChoicesFileWithProblemsNamesLineAndColumnAndMatchesNoOne) {
    const auto people = store->people().people().value();
    app::MentoringSettings settings;
    settings.cycle = summary.cycle;
    settings.choices_csv = "email,develop,capacity\n" + people[0].email + ",Colaborating,2\n" +
                           "nobody@nowhere.example,,\n" + people[1].email + ",,lots\n" + people[0].email +
                           ",,\n";
    const auto refused = app::plan_mentoring(*store, frameworks, settings);
    ASSERT_FALSE(refused);
    const auto& message = refused.error().message;
    EXPECT_EQ(message.rfind("No matches were made.", 0), 0U) << message;
    EXPECT_NE(message.find("line 2, column develop: \"Colaborating\" is not an attribute of"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("Collaborating"), std::string::npos) << "names the attributes it has: " << message;
    EXPECT_NE(message.find("line 3, column email: nobody@nowhere.example is not in the people directory"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("line 4, column capacity: \"lots\" is not a capacity"), std::string::npos)
        << message;
    EXPECT_NE(message.find("line 5, column email: " + people[0].email + " is already on line 2"),
              std::string::npos)
        << message;
    settings.choices_csv = "develop\nCollaborating\n";
    const auto no_email = app::plan_mentoring(*store, frameworks, settings);
    ASSERT_FALSE(no_email);
    EXPECT_NE(no_email.error().message.find("line 1, column email: this column is missing"),
              std::string::npos)
        << no_email.error().message;
}

TEST_F(MentorPlanning, TheLatestPublishedCycleIsFoundAndNoneIsSaid) {
    EXPECT_EQ(app::latest_published_cycle(*store).value(), summary.cycle);
    auto empty_database = leadline::testing::ScratchDatabase::create(leadline::testing::Backend::Sqlite);
    auto empty = empty_database->open();
    const auto none = app::latest_published_cycle(*empty);
    ASSERT_FALSE(none);
    EXPECT_NE(none.error().message.find("No cycle is published yet"), std::string::npos);
}
