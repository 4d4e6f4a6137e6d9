#include <gtest/gtest.h>

#include "app/feedback/cycle_form.hpp"

using namespace leadline;

namespace {

const std::map<std::string, std::string> frameworks{{"leadership-in-action", "1.0"}};
const auto today = leadline::domain::Date::parse("2026-11-30").value();

app::CycleFormInput filled_in() {
    auto input = app::default_cycle_form();
    input.name = "  Senior leaders 2027 ";
    input.framework = "leadership-in-action";
    input.opens_day = "1";
    input.opens_month = "3";
    input.opens_year = "2027";
    input.closes_day = "29";
    input.closes_month = "3";
    input.closes_year = "2027";
    return input;
}

std::vector<std::string> fields_with_problems(const app::CycleFormOutcome& outcome) {
    std::vector<std::string> fields;
    for (const auto& problem : outcome.problems) {
        fields.push_back(problem.field);
    }
    return fields;
}

} // namespace

TEST(CycleForm, AGoodFormMakesSettings) {
    const auto outcome = app::read_cycle_form(filled_in(), frameworks, today);
    ASSERT_TRUE(outcome.settings.has_value()) << outcome.problems.front().message;
    const auto& settings = *outcome.settings;
    EXPECT_EQ(settings.name, "Senior leaders 2027");
    EXPECT_EQ(settings.framework_version, "1.0");
    EXPECT_EQ(settings.opens_on.iso(), "2027-03-01");
    EXPECT_EQ(settings.closes_on.iso(), "2027-03-29");
    EXPECT_EQ(settings.rater_groups,
              (std::vector<domain::RaterGroup>{domain::RaterGroup::Self, domain::RaterGroup::LineManager,
                                               domain::RaterGroup::Peer, domain::RaterGroup::DirectReport}));
    EXPECT_EQ(settings.anonymity.group_minimum(domain::RaterGroup::Peer), 3);
    EXPECT_EQ(settings.anonymity.comment_minimum(), 4);
    EXPECT_EQ(settings.anonymity.manager_visibility(), domain::ManagerVisibility::Identified);
    EXPECT_FALSE(settings.line_managers_see_reports) << "reports stay with their subjects unless chosen";
}

TEST(CycleForm, AnAdminCanLetLineManagersReadReports) {
    auto input = filled_in();
    input.managers_see_reports = "yes";
    const auto outcome = app::read_cycle_form(input, frameworks, today);
    ASSERT_TRUE(outcome.settings.has_value());
    EXPECT_TRUE(outcome.settings->line_managers_see_reports);
}

TEST(CycleForm, EveryProblemIsReportedAtOnceAgainstItsField) {
    app::CycleFormInput input;
    input.opens_day = "31";
    input.opens_month = "2";
    input.opens_year = "2027";
    input.closes_month = "x";
    input.closes_day = "1";
    input.closes_year = "2027";
    const auto outcome = app::read_cycle_form(input, frameworks, today);
    EXPECT_FALSE(outcome.settings.has_value());
    EXPECT_EQ(fields_with_problems(outcome),
              (std::vector<std::string>{"name", "framework", "opens-day", "closes-month", "groups",
                                        "comment-minimum", "manager-identified", "managers-see-reports"}));
}

TEST(CycleForm, ClosingMustComeAfterOpening) {
    auto input = filled_in();
    input.closes_day = "1";
    const auto outcome = app::read_cycle_form(input, frameworks, today);
    EXPECT_EQ(fields_with_problems(outcome), std::vector<std::string>{"closes-day"});
}

TEST(CycleForm, AGroupMinimumBelowThreeIsRefusedBecauseItExposesRaters) {
    auto input = filled_in();
    input.minimums["peer"] = "2";
    const auto outcome = app::read_cycle_form(input, frameworks, today);
    ASSERT_EQ(fields_with_problems(outcome), std::vector<std::string>{"minimum-peer"});
    EXPECT_NE(outcome.problems[0].message.find("picked out"), std::string::npos);
    // A group that is not chosen does not need a sensible minimum.
    input.minimums["peer"] = "3";
    input.minimums["partner"] = "nonsense";
    EXPECT_TRUE(app::read_cycle_form(input, frameworks, today).settings.has_value());
}

TEST(CycleForm, CommentsNeedAtLeastTheLargestGroupMinimum) {
    auto input = filled_in();
    input.minimums["direct-report"] = "5";
    const auto outcome = app::read_cycle_form(input, frameworks, today);
    EXPECT_EQ(fields_with_problems(outcome), std::vector<std::string>{"comment-minimum"});
    input.comment_minimum = "5";
    EXPECT_TRUE(app::read_cycle_form(input, frameworks, today).settings.has_value());
}

TEST(CycleForm, OnlyOfferedFrameworksCanBeChosen) {
    auto input = filled_in();
    input.framework = "culture-check";
    EXPECT_EQ(fields_with_problems(app::read_cycle_form(input, frameworks, today)),
              std::vector<std::string>{"framework"});
}

TEST(CycleForm, ACycleMayNotCloseBeforeTodayButMayHaveOpenedAlready) {
    auto input = filled_in();
    input.opens_year = "2026";
    input.opens_month = "11";
    input.opens_day = "1";
    input.closes_year = "2026";
    input.closes_month = "11";
    input.closes_day = "29";
    EXPECT_EQ(fields_with_problems(app::read_cycle_form(input, frameworks, today)),
              std::vector<std::string>{"closes-day"});
    input.closes_day = "30";
    EXPECT_TRUE(app::read_cycle_form(input, frameworks, today).settings.has_value())
        << "closing today is fine";
}
