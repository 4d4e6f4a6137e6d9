// The pulse: its rounds' dates, what it asks about, what a rater's answer must hold, and what the subject
// is shown, checked against examples worked by hand (docs/methodology/development.md).
#include <gtest/gtest.h>

#include <vector>

#include "domain/development/programme.hpp"
#include "domain/development/pulse.hpp"

using namespace leadline;
using domain::AttributeId;
using domain::PulseRound;

namespace {

domain::Date day(const char* iso) {
    return domain::Date::parse(iso).value();
}

PulseRound round_of(int number, const char* opens, const char* closes) {
    return {number, day(opens), day(closes)};
}

domain::PulseAnswer answer(std::vector<std::pair<const char*, int>> ratings, std::string feedforward = "") {
    domain::PulseAnswer result;
    for (const auto& [attribute, change] : ratings) {
        result.ratings.push_back({AttributeId(attribute), change});
    }
    result.feedforward = std::move(feedforward);
    return result;
}

const std::vector<domain::PulseItem> two_focus_one_other{
    {AttributeId("a"), true}, {AttributeId("b"), true}, {AttributeId("c"), false}};

} // namespace

TEST(PulseRounds, AreSuggestedThreeSixAndTwelveMonthsAfterTheCycleClosesEachForTwoWeeks) {
    const auto rounds = domain::suggested_pulse_rounds(day("2026-08-31"));
    ASSERT_EQ(rounds.size(), 3U);
    EXPECT_EQ(rounds[0].opens_on, day("2026-11-30"));
    EXPECT_EQ(rounds[0].closes_on, day("2026-12-13"));
    EXPECT_EQ(rounds[1].opens_on, day("2027-02-28")); // 31 August + 6 months: the end of February
    EXPECT_EQ(rounds[2].opens_on, day("2027-08-31"));
    EXPECT_EQ(rounds[2].number, 3);
}

TEST(PulseRounds, AreScheduledOpenOrClosedByTheirDates) {
    const auto round = round_of(1, "2026-12-01", "2026-12-14");
    EXPECT_EQ(domain::state_of(round, day("2026-11-30")), domain::PulseRoundState::Scheduled);
    EXPECT_EQ(domain::state_of(round, day("2026-12-01")), domain::PulseRoundState::Open);
    EXPECT_EQ(domain::state_of(round, day("2026-12-14")), domain::PulseRoundState::Open);
    EXPECT_EQ(domain::state_of(round, day("2026-12-15")), domain::PulseRoundState::Closed);
}

TEST(PulseRounds, MustOpenAfterTheCycleAndTheRoundBeforeAndCloseAfterOpening) {
    const std::vector<PulseRound> rounds{round_of(1, "2026-09-30", "2026-10-10"),
                                         round_of(2, "2026-10-05", "2026-10-01")};
    const auto problems = domain::check_pulse_rounds(rounds, {}, day("2026-09-30"), day("2026-09-01"));
    ASSERT_EQ(problems.size(), 3U);
    EXPECT_EQ(problems[0].round, 1);
    EXPECT_NE(problems[0].message.find("after the cycle closed"), std::string::npos);
    EXPECT_NE(problems[1].message.find("close on or after"), std::string::npos);
    EXPECT_NE(problems[2].message.find("after round 1 closes"), std::string::npos);
    EXPECT_TRUE(domain::check_pulse_rounds(domain::suggested_pulse_rounds(day("2026-09-30")), {},
                                           day("2026-09-30"), day("2026-10-01"))
                    .empty());
}

TEST(PulseRounds, AClosedRoundIsFixedAnOpenOneKeepsItsOpeningDayAndNeitherCanBeRemoved) {
    const std::vector<PulseRound> before{round_of(1, "2026-11-01", "2026-11-14"),
                                         round_of(2, "2026-12-01", "2026-12-14"),
                                         round_of(3, "2027-06-01", "2027-06-14")};
    const auto today = day("2026-12-05");
    const std::vector<PulseRound> moved{round_of(1, "2026-11-01", "2026-11-20"),
                                        round_of(2, "2026-12-02", "2026-12-14"),
                                        round_of(3, "2027-06-01", "2027-06-14")};
    const auto problems = domain::check_pulse_rounds(moved, before, day("2026-09-30"), today);
    ASSERT_EQ(problems.size(), 2U);
    EXPECT_NE(problems[0].message.find("has closed"), std::string::npos);
    EXPECT_NE(problems[1].message.find("keeps its opening day"), std::string::npos);

    const std::vector<PulseRound> only_first{before[0]};
    const auto removed = domain::check_pulse_rounds(only_first, before, day("2026-09-30"), today);
    ASSERT_EQ(removed.size(), 1U);
    EXPECT_EQ(removed[0].round, 2);

    // An open round may close earlier (from today); a scheduled one may move or go.
    const std::vector<PulseRound> sooner{before[0], round_of(2, "2026-12-01", "2026-12-05")};
    EXPECT_TRUE(domain::check_pulse_rounds(sooner, before, day("2026-09-30"), today).empty());
    const std::vector<PulseRound> yesterday{before[0], round_of(2, "2026-12-01", "2026-12-04")};
    EXPECT_EQ(domain::check_pulse_rounds(yesterday, before, day("2026-09-30"), today).size(), 1U);
    const std::vector<PulseRound> past{before[0], round_of(2, "2026-12-04", "2026-12-20")};
    const std::vector<PulseRound> first_only{before[0]};
    const auto late = domain::check_pulse_rounds(past, first_only, day("2026-09-30"), today);
    ASSERT_EQ(late.size(), 1U);
    EXPECT_NE(late[0].message.find("cannot open in the past"), std::string::npos);
}

TEST(PulseItems, AreTheFocusAreasAndTheTwoOthersRatedLowestInTheFrameworksOrder) {
    const std::vector<AttributeId> focus{AttributeId("d")};
    const std::vector<domain::ReportedArea> areas{{AttributeId("a"), 4.1}, {AttributeId("b"), std::nullopt},
                                                  {AttributeId("c"), 3.2}, {AttributeId("d"), 2.9},
                                                  {AttributeId("e"), 3.5}, {AttributeId("f"), 3.2}};
    const auto items = domain::pulse_items(focus, areas);
    ASSERT_EQ(items.size(), 3U);
    EXPECT_EQ(items[0].attribute.value(), "c");
    EXPECT_FALSE(items[0].focus);
    EXPECT_EQ(items[1].attribute.value(), "d");
    EXPECT_TRUE(items[1].focus);
    EXPECT_EQ(items[2].attribute.value(), "f"); // ties with c at 3.2: the framework's order

    // Areas without a mean come last: with only one other rated, the unrated one makes up the pair.
    const std::vector<domain::ReportedArea> sparse{
        {AttributeId("a"), std::nullopt}, {AttributeId("b"), 3.0}, {AttributeId("d"), 2.0}};
    const auto fewer = domain::pulse_items(focus, sparse);
    ASSERT_EQ(fewer.size(), 3U);
    EXPECT_EQ(fewer[0].attribute.value(), "a");
}

TEST(PulseAnswers, TakeOnlyTheRoundsAreasOnceEachFromMinusThreeToPlusThree) {
    EXPECT_TRUE(domain::check_pulse_answer(answer({{"a", 3}, {"c", -3}}), two_focus_one_other).empty());
    EXPECT_TRUE(
        domain::check_pulse_answer(answer({}, "Keep asking the quiet ones first."), two_focus_one_other)
            .empty());
    EXPECT_EQ(domain::check_pulse_answer(answer({{"z", 1}}), two_focus_one_other).size(), 1U);
    EXPECT_EQ(domain::check_pulse_answer(answer({{"a", 1}, {"a", 2}}), two_focus_one_other).size(), 1U);
    EXPECT_EQ(domain::check_pulse_answer(answer({{"a", 4}}), two_focus_one_other).size(), 1U);
    EXPECT_EQ(domain::check_pulse_answer(answer({}, "  "), two_focus_one_other).size(), 1U);
    EXPECT_EQ(
        domain::check_pulse_answer(answer({{"a", 1}}, std::string(1001, 'x')), two_focus_one_other).size(),
        1U);
}

TEST(PulseMinimum, IsTheStrictestGroupOtherThanSelfAndTheLineManager) {
    auto policy = domain::AnonymityPolicy::create(
                      {{domain::RaterGroup::Peer, 3}, {domain::RaterGroup::DirectReport, 5}}, 5,
                      domain::ManagerVisibility::Identified)
                      .value();
    const std::vector<domain::RaterGroup> groups{domain::RaterGroup::Self, domain::RaterGroup::LineManager,
                                                 domain::RaterGroup::Peer, domain::RaterGroup::DirectReport};
    EXPECT_EQ(domain::pulse_minimum(policy, groups), 5);
    const std::vector<domain::RaterGroup> no_others{domain::RaterGroup::Self,
                                                    domain::RaterGroup::LineManager};
    EXPECT_EQ(domain::pulse_minimum(policy, no_others), 3);
}

// Worked by hand in docs/methodology/development.md ("A worked example").
TEST(PulseResult, ComparesTheFocusAreasWithTheOthersRaterByRater) {
    const std::vector<domain::PulseAnswer> answers{
        answer({{"a", 2}, {"b", 1}, {"c", 0}}, "Keep the Friday huddle."),
        answer({{"a", 1}, {"b", 1}, {"c", 1}}),
        answer({{"a", 2}, {"b", 2}, {"c", 0}}, "Ask the newer staff first."),
        answer({{"a", 1}, {"c", -1}}, "Bring partners in earlier."),
        answer({{"a", 0}, {"b", 1}, {"c", 0}}, "Say no to more meetings."),
    };
    const auto result = domain::pulse_result(two_focus_one_other, answers, 3, 4);
    EXPECT_TRUE(result.shown);
    EXPECT_EQ(result.answered, 5);
    ASSERT_EQ(result.areas.size(), 3U);
    EXPECT_NEAR(result.areas[0].change.mean, 1.2, 1e-12);
    EXPECT_EQ(result.areas[1].change.n, 4); // one rater had not seen enough to say
    EXPECT_NEAR(result.areas[1].change.mean, 1.25, 1e-12);
    EXPECT_NEAR(result.areas[2].change.mean, 0.0, 1e-12);
    EXPECT_TRUE(result.areas[2].shown);
    // Per rater, focus minus the other: 1.5, 0, 2, 2, 0.5.
    EXPECT_NEAR(result.focus.mean, 1.2, 1e-12);
    EXPECT_NEAR(result.difference.mean, 1.2, 1e-12);
    EXPECT_NEAR(result.difference.sd, 0.908295, 1e-6);
    EXPECT_NEAR(result.difference.low, 0.334, 1e-3);
    EXPECT_NEAR(result.difference.high, 2.066, 1e-3);
    EXPECT_EQ(result.honest, domain::HonestChange::MoreInFocus);
    ASSERT_EQ(result.feedforward.size(), 4U); // four suggestions from five answers: at the minimum of 4
    EXPECT_EQ(result.feedforward.front(), "Ask the newer staff first."); // alphabetical, not as they came
}

TEST(PulseResult, DoesNotTakeGoodwillForGrowth) {
    // Everyone says the subject is better at everything: the focus areas moved no more than the rest.
    const std::vector<domain::PulseAnswer> answers{answer({{"a", 2}, {"b", 2}, {"c", 2}}),
                                                   answer({{"a", 3}, {"b", 3}, {"c", 3}}),
                                                   answer({{"a", 1}, {"b", 1}, {"c", 1}})};
    const auto result = domain::pulse_result(two_focus_one_other, answers, 3, 4);
    EXPECT_NEAR(result.focus.mean, 2.0, 1e-12);
    EXPECT_EQ(result.honest, domain::HonestChange::NotClear);
    EXPECT_TRUE(result.feedforward.empty());
}

TEST(PulseResult, KeepsIntervalsOnTheScale) {
    const std::vector<domain::PulseAnswer> answers{answer({{"a", 3}}), answer({{"a", 3}}),
                                                   answer({{"a", 2}})};
    const auto result = domain::pulse_result(two_focus_one_other, answers, 3, 4);
    EXPECT_NEAR(result.areas[0].change.mean, 8.0 / 3.0, 1e-12);
    EXPECT_DOUBLE_EQ(result.areas[0].change.high, 3.0); // 2.67 + 0.97 cut to the scale
    EXPECT_NEAR(result.areas[0].change.low, 1.693, 1e-3);
    EXPECT_EQ(result.honest, domain::HonestChange::TooFew); // nobody rated a comparison area
}

TEST(PulseResult, ShowsNothingBelowTheMinimumAndNoAreaFewerRated) {
    const std::vector<domain::PulseAnswer> two{answer({{"a", 3}, {"c", 0}}, "One idea"),
                                               answer({{"a", 1}, {"c", 0}}, "Another")};
    const auto hidden = domain::pulse_result(two_focus_one_other, two, 3, 4);
    EXPECT_FALSE(hidden.shown);
    EXPECT_FALSE(hidden.areas[0].shown);
    EXPECT_EQ(hidden.honest, domain::HonestChange::TooFew);
    EXPECT_TRUE(hidden.feedforward.empty());

    const std::vector<domain::PulseAnswer> three{answer({{"a", 3}, {"b", 1}}), answer({{"a", 1}}),
                                                 answer({{"a", 2}})};
    const auto partly = domain::pulse_result(two_focus_one_other, three, 3, 4);
    EXPECT_TRUE(partly.shown);
    EXPECT_TRUE(partly.areas[0].shown);
    EXPECT_FALSE(partly.areas[1].shown); // one rater's answer on b would be theirs alone
}

TEST(ProgrammePulse, CountsSubjectsNotRatersAndLeavesOutResultsThatCouldNotBeShown) {
    const std::vector<domain::PulseItem> items{{AttributeId("a"), true}, {AttributeId("c"), false}};
    // Three subjects shown: a's focus means 1.0, 2.0 and 1.5 (each from three raters); one not shown.
    const std::vector<std::vector<domain::PulseAnswer>> rounds{
        {answer({{"a", 1}, {"c", 0}}), answer({{"a", 1}, {"c", 0}}), answer({{"a", 1}, {"c", 0}})},
        {answer({{"a", 2}, {"c", 2}}), answer({{"a", 2}, {"c", 2}}), answer({{"a", 2}, {"c", 2}})},
        {answer({{"a", 1}, {"c", 1}}), answer({{"a", 2}, {"c", 0}}), answer({{"a", 1}, {"c", 1}}),
         answer({{"a", 2}, {"c", 0}})},
        {answer({{"a", -3}, {"c", 0}})},
    };
    std::vector<domain::PulseResult> results;
    for (const auto& answers : rounds) {
        results.push_back(domain::pulse_result(items, answers, 3, 4));
    }
    const auto programme = domain::programme_pulse(results);
    EXPECT_EQ(programme.subjects_asked, 4);
    EXPECT_EQ(programme.subjects_shown, 3);
    EXPECT_EQ(programme.more_in_focus + programme.not_clear + programme.less_in_focus + programme.too_few, 3);
    ASSERT_EQ(programme.areas.size(), 2U);
    EXPECT_EQ(programme.areas[0].attribute.value(), "a");
    EXPECT_EQ(programme.areas[0].as_focus.n, 3);
    EXPECT_NEAR(programme.areas[0].as_focus.mean, 1.5, 1e-12); // (1 + 2 + 1.5) / 3: the −3 is not counted
    EXPECT_EQ(programme.areas[0].as_comparison.n, 0);
    EXPECT_EQ(programme.areas[1].as_comparison.n, 3);
    EXPECT_NEAR(programme.areas[1].as_comparison.mean, 2.5 / 3.0, 1e-12); // (0 + 2 + 0.5) / 3
}
