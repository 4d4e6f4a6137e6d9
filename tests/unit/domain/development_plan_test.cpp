// What a development plan must hold before it is saved, what a check-in must say, and the timeline.
#include <gtest/gtest.h>

#include <algorithm>

#include "domain/development/development_plan.hpp"
#include "domain/development/habits.hpp"
#include "support/framework_builder.hpp"

using namespace leadline;
using domain::AttributeId;
using domain::PlanPart;

namespace {

domain::Date day(const char* iso) {
    return domain::Date::parse(iso).value();
}

// The small framework with four attributes and ideas to choose from.
domain::Framework framework_with_ideas() {
    auto framework = leadline::testing::small_framework();
    for (const std::string extra : {"purpose", "delivery"}) {
        auto attribute = framework.attributes.front();
        attribute.id = AttributeId(extra);
        attribute.name = extra;
        framework.attributes.push_back(attribute);
    }
    for (auto& attribute : framework.attributes) {
        attribute.stretch_experiences = {{"Lead a project outside your unit", domain::Effort::Months}};
        attribute.micro_actions = {{"Ask one open question", domain::Effort::OneMinute},
                                   {"Write down what you heard", domain::Effort::FiveMinutes}};
    }
    return framework;
}

domain::PlanFocus focus_on(const char* attribute) {
    domain::PlanFocus focus;
    focus.attribute = AttributeId(attribute);
    focus.goal = "Do better at " + std::string(attribute);
    return focus;
}

bool has(const std::vector<domain::PlanProblem>& problems, PlanPart part,
         std::optional<AttributeId> attribute = {}) {
    return std::any_of(problems.begin(), problems.end(), [&](const domain::PlanProblem& problem) {
        return problem.part == part && (!attribute || problem.attribute == attribute);
    });
}

const std::vector<AttributeId> suggested{AttributeId("listening"), AttributeId("courage")};
const auto today = day("2026-12-01");

} // namespace

TEST(DevelopmentPlan, APlanOfSuggestedAreasWithGoalsIsAccepted) {
    domain::DevelopmentPlan plan;
    plan.focus = {focus_on("listening"), focus_on("courage")};
    plan.focus[0].micro_actions = {"Ask one open question"};
    plan.focus[0].stretch_experiences = {"Lead a project outside your unit"};
    plan.focus[0].review_by = today;
    EXPECT_TRUE(domain::check_plan(plan, framework_with_ideas(), suggested, today).empty());
}

TEST(DevelopmentPlan, NeedsOneToThreeAreasEachOnce) {
    const auto framework = framework_with_ideas();
    domain::DevelopmentPlan plan;
    EXPECT_TRUE(has(domain::check_plan(plan, framework, suggested, today), PlanPart::Focus));
    plan.focus = {focus_on("listening"), focus_on("courage"), focus_on("purpose"), focus_on("delivery")};
    for (auto& focus : plan.focus) {
        focus.why = "A reason";
    }
    auto problems = domain::check_plan(plan, framework, suggested, today);
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_EQ(problems.front().part, PlanPart::Focus);
    EXPECT_NE(problems.front().message.find("no more than 3"), std::string::npos);
    plan.focus = {focus_on("listening"), focus_on("listening")};
    problems = domain::check_plan(plan, framework, suggested, today);
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_EQ(problems.front().message, "listening is chosen twice.");
    plan.focus = {focus_on("charisma")};
    EXPECT_TRUE(has(domain::check_plan(plan, framework, suggested, today), PlanPart::Focus));
}

TEST(DevelopmentPlan, AnAreaTheReportDidNotSuggestNeedsAReason) {
    const auto framework = framework_with_ideas();
    domain::DevelopmentPlan plan;
    plan.focus = {focus_on("purpose")};
    plan.focus[0].why = "  \n";
    EXPECT_TRUE(
        has(domain::check_plan(plan, framework, suggested, today), PlanPart::Why, AttributeId("purpose")));
    plan.focus[0].why = "My director asked me to";
    EXPECT_TRUE(domain::check_plan(plan, framework, suggested, today).empty());
}

TEST(DevelopmentPlan, EveryAreaNeedsAGoalIdeasFromTheFrameworkAndAReviewDateNotPast) {
    const auto framework = framework_with_ideas();
    domain::DevelopmentPlan plan;
    plan.focus = {focus_on("listening")};
    plan.focus[0].goal = "";
    plan.focus[0].micro_actions = {"Shout louder"};
    plan.focus[0].stretch_experiences = {"Ask one open question"}; // a micro-action, not a stretch
    plan.focus[0].review_by = day("2026-11-30");
    const auto problems = domain::check_plan(plan, framework, suggested, today);
    const AttributeId listening("listening");
    EXPECT_TRUE(has(problems, PlanPart::Goal, listening));
    EXPECT_TRUE(has(problems, PlanPart::MicroActions, listening));
    EXPECT_TRUE(has(problems, PlanPart::StretchExperiences, listening));
    EXPECT_TRUE(has(problems, PlanPart::ReviewBy, listening));
    EXPECT_EQ(problems.size(), 4U);
}

TEST(DevelopmentPlan, LongAnswersAreRefusedAtTheirField) {
    domain::DevelopmentPlan plan;
    plan.focus = {focus_on("listening")};
    plan.focus[0].goal = std::string(domain::longest_plan_text + 1, 'x');
    const auto problems = domain::check_plan(plan, framework_with_ideas(), suggested, today);
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_EQ(problems.front().part, PlanPart::Goal);
    plan.focus[0].goal = std::string(domain::longest_plan_text, 'x');
    EXPECT_TRUE(domain::check_plan(plan, framework_with_ideas(), suggested, today).empty());
}

TEST(DevelopmentPlan, ACheckInSaysWhatWasDoneOnADayInRangeAboutOneOfThePlansAreas) {
    domain::DevelopmentPlan plan;
    plan.focus = {focus_on("listening")};
    const auto earliest = day("2026-10-31");
    domain::CheckIn check_in{0, today, AttributeId("listening"), "Asked before answering", "", 0};
    EXPECT_TRUE(domain::check_check_in(check_in, plan, today, earliest).empty());
    check_in.on = earliest;
    EXPECT_TRUE(domain::check_check_in(check_in, plan, today, earliest).empty());
    check_in.on = day("2026-10-30");
    EXPECT_TRUE(has(domain::check_check_in(check_in, plan, today, earliest), PlanPart::CheckInDay));
    check_in.on = day("2026-12-02");
    EXPECT_TRUE(has(domain::check_check_in(check_in, plan, today, earliest), PlanPart::CheckInDay));
    check_in.on = today;
    check_in.about = AttributeId("courage");
    EXPECT_TRUE(has(domain::check_check_in(check_in, plan, today, earliest), PlanPart::Focus));
    check_in.about.reset();
    check_in.did = " ";
    EXPECT_TRUE(has(domain::check_check_in(check_in, plan, today, earliest), PlanPart::Did));
}

TEST(DevelopmentPlan, TheTimelineRunsByDayWithCheckInsByTheDayTheyHappened) {
    constexpr std::int64_t day_seconds = 86400;
    const auto start = (day("2026-11-02").day().time_since_epoch()).count() * day_seconds;
    domain::DevelopmentPlan plan;
    plan.revision = 3;
    plan.started_at = start + 3600;
    plan.changed_at = start + 20 * day_seconds;
    plan.shared_with_manager = true;
    plan.shared_at = start + 5 * day_seconds;
    const std::vector<domain::CheckIn> check_ins{{1, day("2026-11-04"), std::nullopt, "A", "", 0},
                                                 {2, day("2026-11-30"), std::nullopt, "B", "", 0}};
    const auto timeline = domain::plan_timeline(plan, check_ins);
    using Kind = domain::TimelineEntry::Kind;
    ASSERT_EQ(timeline.size(), 5U);
    EXPECT_EQ(timeline[0].kind, Kind::Started);
    EXPECT_EQ(timeline[0].on, day("2026-11-02"));
    EXPECT_EQ(timeline[1].kind, Kind::CheckIn);
    EXPECT_EQ(timeline[1].check_in->did, "A");
    EXPECT_EQ(timeline[2].kind, Kind::Shared);
    EXPECT_EQ(timeline[2].on, day("2026-11-07"));
    EXPECT_EQ(timeline[3].kind, Kind::Changed);
    EXPECT_EQ(timeline[3].on, day("2026-11-22"));
    EXPECT_EQ(timeline[4].check_in->did, "B");
    plan.revision = 1;
    plan.shared_with_manager = false;
    EXPECT_EQ(domain::plan_timeline(plan, {}).size(), 1U) << "a plan saved once has only its start";
}

TEST(Habits, WeeksRunMondayToSunday) {
    EXPECT_EQ(domain::week_starting(day("2026-12-01")), day("2026-11-30")) << "a Tuesday";
    EXPECT_EQ(domain::week_starting(day("2026-11-30")), day("2026-11-30")) << "a Monday";
    EXPECT_EQ(domain::week_starting(day("2026-12-06")), day("2026-11-30")) << "a Sunday";
    EXPECT_EQ(domain::week_starting(day("2027-01-03")), day("2026-12-28")) << "across the new year";
    EXPECT_TRUE(domain::in_week(day("2026-11-30"), day("2026-12-06")));
    EXPECT_FALSE(domain::in_week(day("2026-11-30"), day("2026-12-07")));
    EXPECT_FALSE(domain::in_week(day("2026-11-30"), day("2026-11-29")));
}

TEST(Habits, TheTallyCountsWeeksTriedDoneAndNotYetPerMicroAction) {
    const std::vector<domain::HabitWeek> weeks{
        {day("2026-11-16"), {{"Ask first", true}, {"Summarise", false}}},
        {day("2026-11-23"), {{"Ask first", true}, {"Summarise", std::nullopt}}},
        {day("2026-11-30"), {{"Ask first", false}, {"Thank someone", true}}},
    };
    const auto tallies = domain::tally_habits(weeks);
    ASSERT_EQ(tallies.size(), 3U);
    EXPECT_EQ(tallies[0].micro_action, "Ask first");
    EXPECT_EQ(tallies[0].weeks, 3);
    EXPECT_EQ(tallies[0].done, 2);
    EXPECT_EQ(tallies[0].not_yet, 1);
    EXPECT_EQ(tallies[1].weeks, 2);
    EXPECT_EQ(tallies[1].done, 0);
    EXPECT_EQ(tallies[1].not_yet, 1) << "an unanswered week counts as neither";
    EXPECT_EQ(tallies[2].micro_action, "Thank someone");
}

TEST(Habits, PicksComeFromThePlansMicroActions) {
    domain::DevelopmentPlan plan;
    plan.focus = {focus_on("listening")};
    plan.focus[0].micro_actions = {"Ask one open question"};
    const std::vector<std::string> good{"Ask one open question"};
    const std::vector<std::string> bad{"Ask one open question", "Write down what you heard"};
    EXPECT_FALSE(domain::check_habit_picks(good, plan));
    EXPECT_TRUE(domain::check_habit_picks(bad, plan)) << "in the framework, but not chosen in this plan";
}
