// Reading the development plan form: what was typed comes back as typed, and every problem names the
// field to fix.
#include <gtest/gtest.h>

#include <map>

#include "app/development/plan_form.hpp"
#include "support/framework_builder.hpp"

using namespace leadline;
using domain::AttributeId;

namespace {

domain::Framework framework_with_ideas() {
    auto framework = leadline::testing::small_framework();
    for (auto& attribute : framework.attributes) {
        attribute.stretch_experiences = {{"Lead a project outside your unit", domain::Effort::Months},
                                         {"Shadow a front-line team", domain::Effort::HalfDay}};
        attribute.micro_actions = {{"Ask one open question", domain::Effort::OneMinute}};
    }
    return framework;
}

app::FormValues fields(std::multimap<std::string, std::string> sent) {
    return [sent = std::move(sent)](std::string_view name) {
        std::vector<std::string> values;
        auto [from, to] = sent.equal_range(std::string(name));
        for (auto at = from; at != to; ++at) {
            values.push_back(at->second);
        }
        return values;
    };
}

const std::vector<AttributeId> suggested{AttributeId("listening")};
const auto today = domain::Date::parse("2026-12-01").value();

bool names(const std::vector<app::FieldProblem>& problems, const std::string& field) {
    return std::any_of(problems.begin(), problems.end(),
                       [&](const app::FieldProblem& problem) { return problem.field == field; });
}

} // namespace

TEST(PlanForm, AFilledInFormBecomesThePlanInTheFrameworksWords) {
    const auto framework = framework_with_ideas();
    const auto form = app::read_plan_form(framework, fields({{"revision", "4"},
                                                             {"focus", "courage"},
                                                             {"focus", "listening"},
                                                             {"goal-listening", "Let people finish"},
                                                             {"stretch-listening", "1"},
                                                             {"micro-listening", "0"},
                                                             {"review-listening-day", "1"},
                                                             {"review-listening-month", "3"},
                                                             {"review-listening-year", "2027"},
                                                             {"manager-listening", "yes"},
                                                             {"goal-courage", "Say the hard thing"},
                                                             {"why-courage", "My team asked"},
                                                             {"goal-other", "typed but not ticked"}}));
    std::vector<app::FieldProblem> problems;
    const auto plan = app::plan_from_form(form, framework, suggested, today, problems);
    EXPECT_TRUE(problems.empty()) << problems.front().message;
    EXPECT_EQ(plan.revision, 4);
    ASSERT_EQ(plan.focus.size(), 2U);
    EXPECT_EQ(plan.focus[0].attribute, AttributeId("listening")) << "in the framework's order";
    EXPECT_EQ(plan.focus[0].stretch_experiences, std::vector<std::string>{"Shadow a front-line team"});
    EXPECT_EQ(plan.focus[0].micro_actions, std::vector<std::string>{"Ask one open question"});
    EXPECT_EQ(plan.focus[0].review_by, domain::Date::parse("2027-03-01").value());
    EXPECT_TRUE(plan.focus[0].line_manager_helps);
    EXPECT_FALSE(plan.focus[0].mentor_helps);
    EXPECT_EQ(plan.focus[1].why, "My team asked");
    EXPECT_FALSE(plan.focus[1].review_by);
}

TEST(PlanForm, ProblemsNameTheirFieldsAndTheTypedTextIsKept) {
    const auto framework = framework_with_ideas();
    const auto form = app::read_plan_form(framework, fields({{"focus", "courage"},
                                                             {"focus", "listening"},
                                                             {"goal-courage", "Say <the> hard thing"},
                                                             {"micro-listening", "7"},
                                                             {"review-listening-day", "31"},
                                                             {"review-listening-month", "2"},
                                                             {"review-listening-year", "2027"}}));
    std::vector<app::FieldProblem> problems;
    (void)app::plan_from_form(form, framework, suggested, today, problems);
    EXPECT_TRUE(names(problems, "goal-listening"));
    EXPECT_TRUE(names(problems, "micro-listening")) << "a choice not in the list is said, not dropped";
    EXPECT_TRUE(names(problems, "review-listening-day")) << "31 February";
    EXPECT_TRUE(names(problems, "why-courage")) << "not suggested by the report";
    EXPECT_EQ(form.focus.at(AttributeId("courage")).goal, "Say <the> hard thing");
    EXPECT_EQ(form.focus.at(AttributeId("listening")).review_day, "31");
}

TEST(PlanForm, ASavedPlanFillsTheFormItCameFrom) {
    const auto framework = framework_with_ideas();
    const auto sent = app::read_plan_form(framework, fields({{"revision", "2"},
                                                             {"focus", "listening"},
                                                             {"goal-listening", "Let people finish"},
                                                             {"stretch-listening", "0"},
                                                             {"stretch-listening", "1"},
                                                             {"review-listening-day", "9"},
                                                             {"review-listening-month", "12"},
                                                             {"review-listening-year", "2026"},
                                                             {"mentor-listening", "yes"}}));
    std::vector<app::FieldProblem> problems;
    auto plan = app::plan_from_form(sent, framework, suggested, today, problems);
    ASSERT_TRUE(problems.empty());
    const auto again = app::plan_form_of(plan, framework);
    EXPECT_EQ(again.revision, 2);
    const auto& typed = again.focus.at(AttributeId("listening"));
    EXPECT_TRUE(typed.chosen);
    EXPECT_EQ(typed.goal, "Let people finish");
    EXPECT_EQ(typed.stretch_experiences, (std::set<std::size_t>{0, 1}));
    EXPECT_EQ(typed.review_day, "9");
    EXPECT_EQ(typed.review_month, "12");
    EXPECT_EQ(typed.review_year, "2026");
    EXPECT_TRUE(typed.mentor_helps);
    EXPECT_FALSE(again.focus.contains(AttributeId("courage")));
}

TEST(PlanForm, ANewPlansFormTicksTheReportsSuggestions) {
    const auto form = app::new_plan_form(suggested);
    EXPECT_EQ(form.revision, 0);
    EXPECT_TRUE(form.focus.at(AttributeId("listening")).chosen);
    EXPECT_EQ(form.focus.size(), 1U);
}
