// The individual report's figures: which groups are shown, what is counted, when a flag is raised.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <set>

#include "domain/reporting/individual_report.hpp"
#include "domain/statistics/descriptive.hpp"
#include "support/framework_builder.hpp"

using namespace leadline::domain;

namespace {

const Framework framework = [] {
    auto built = leadline::testing::small_framework();
    built.attributes[0].stretch_experiences = {
        {"Chair a meeting where you only ask questions", Effort::HalfDay}};
    built.attributes[0].micro_actions = {{"Summarise what you heard before you reply", Effort::OneMinute}};
    return built;
}();

// Every behaviour of an attribute rated the same; 0 means "not observed".
SubmittedAnswers rating(RaterGroup group, int listening, int courage) {
    SubmittedAnswers answers;
    answers.group = group;
    for (const auto& [attribute, value] : {std::pair{0, listening}, std::pair{1, courage}}) {
        for (const auto& behaviour : framework.attributes[static_cast<std::size_t>(attribute)].behaviours) {
            answers.ratings.emplace(behaviour.id, value == 0 ? Rating::not_observed() : Rating::of(value));
        }
    }
    return answers;
}

IndividualReport report_of(const std::vector<SubmittedAnswers>& responses, ReportRules rules = {}) {
    auto built = build_individual_report(framework, responses, rules);
    EXPECT_TRUE(built.has_value());
    return *built;
}

AnonymityPolicy manager_anonymous() {
    return AnonymityPolicy::create({}, AnonymityPolicy::default_comment_minimum, ManagerVisibility::Anonymous)
        .value();
}

} // namespace

TEST(IndividualReport, ShowsEachGroupBigEnoughAloneAndMergesTheRestIntoOtherRaters) {
    const std::vector<SubmittedAnswers> responses{
        rating(RaterGroup::Self, 4, 4),         rating(RaterGroup::LineManager, 3, 3),
        rating(RaterGroup::Peer, 4, 4),         rating(RaterGroup::Peer, 4, 4),
        rating(RaterGroup::Peer, 5, 5),         rating(RaterGroup::DirectReport, 2, 2),
        rating(RaterGroup::DirectReport, 3, 3), rating(RaterGroup::Partner, 4, 4),
        rating(RaterGroup::Partner, 5, 5)};
    const auto report = report_of(responses);
    ASSERT_EQ(report.groups.size(), 3u);
    EXPECT_EQ(report.groups[0].group, RaterGroup::LineManager); // identified by default
    EXPECT_EQ(report.groups[1].group, RaterGroup::Peer);
    EXPECT_FALSE(report.groups[2].group.has_value()); // two direct reports and two partners
    EXPECT_EQ(report.groups[2].responses, 4);
    EXPECT_TRUE(report.some_group_merged);
    EXPECT_FALSE(report.some_group_left_out);
    const auto& listening = report.attributes[0];
    EXPECT_EQ(listening.others.score.n, 8);
    EXPECT_NEAR(listening.others.score.mean, 30.0 / 8.0, 1e-12);
    EXPECT_NEAR(listening.by_group[2].score.mean, 3.5, 1e-12);
    EXPECT_EQ(*listening.self, 4.0);
}

TEST(IndividualReport, AGroupTooSmallEvenWhenMergedIsLeftOutOfEveryFigure) {
    const std::vector<SubmittedAnswers> responses{
        rating(RaterGroup::Self, 4, 4), rating(RaterGroup::Peer, 1, 1), rating(RaterGroup::Peer, 2, 2)};
    const auto report = report_of(responses);
    EXPECT_TRUE(report.groups.empty());
    EXPECT_TRUE(report.some_group_left_out);
    EXPECT_FALSE(report.others_overall.shown);
    for (const auto& attribute : report.attributes) {
        EXPECT_FALSE(attribute.others.shown);
        EXPECT_FALSE(attribute.gap.has_value());
        for (const auto& behaviour : attribute.behaviours) {
            EXPECT_FALSE(behaviour.others.shown);
        }
    }
    EXPECT_TRUE(report.highest.empty());
    EXPECT_TRUE(report.focus.empty());
}

TEST(IndividualReport, AnUnidentifiedManagerAloneInOtherRatersIsLeftOutNotShown) {
    const std::vector<SubmittedAnswers> responses{
        rating(RaterGroup::LineManager, 1, 1), rating(RaterGroup::Peer, 4, 4), rating(RaterGroup::Peer, 4, 4),
        rating(RaterGroup::Peer, 4, 4)};
    ReportRules rules;
    rules.policy = manager_anonymous();
    const auto report = report_of(responses, rules);
    ASSERT_EQ(report.groups.size(), 1u);
    EXPECT_EQ(report.groups[0].group, RaterGroup::Peer);
    EXPECT_TRUE(report.some_group_left_out);
    // The manager's 1s are in no figure: others' mean is the peers' 4.
    EXPECT_DOUBLE_EQ(report.attributes[0].others.score.mean, 4.0);
    EXPECT_DOUBLE_EQ(report.others_overall.score.mean, 4.0);
}

TEST(IndividualReport, AnUnidentifiedManagerHidesAmongOtherRatersWhenThereAreEnough) {
    const std::vector<SubmittedAnswers> responses{
        rating(RaterGroup::LineManager, 1, 1), rating(RaterGroup::Peer, 4, 4),
        rating(RaterGroup::Peer, 4, 4),        rating(RaterGroup::Peer, 4, 4),
        rating(RaterGroup::Partner, 2, 2),     rating(RaterGroup::Partner, 3, 3)};
    ReportRules rules;
    rules.policy = manager_anonymous();
    const auto report = report_of(responses, rules);
    ASSERT_EQ(report.groups.size(), 2u);
    EXPECT_FALSE(report.groups[1].group.has_value());
    EXPECT_EQ(report.groups[1].responses, 3);
    EXPECT_DOUBLE_EQ(report.attributes[0].by_group[1].score.mean, 2.0);
}

TEST(IndividualReport, NotObservedIsCountedAndKeptOutOfMeans) {
    auto first = rating(RaterGroup::Peer, 4, 4);
    auto second = rating(RaterGroup::Peer, 5, 4);
    auto third = rating(RaterGroup::Peer, 3, 4);
    auto fourth = rating(RaterGroup::Peer, 0, 4); // observed nothing of listening
    const BehaviourId listening_2("listening-2");
    second.ratings.at(listening_2) = Rating::not_observed();
    third.ratings.at(listening_2) = Rating::not_observed();
    const auto report = report_of({first, second, third, fourth});
    const auto& listening_1 = report.attributes[0].behaviours[0];
    ASSERT_TRUE(listening_1.others.shown);
    EXPECT_EQ(listening_1.others.score.n, 3);
    EXPECT_DOUBLE_EQ(listening_1.others.score.mean, 4.0);
    EXPECT_EQ(listening_1.others.not_observed, 1);
    // Only one peer observed listening-2: fewer than the peers' minimum, so it shows no figure, and it
    // cannot be ranked among the highest or lowest.
    const auto& hidden = report.attributes[0].behaviours[1];
    EXPECT_FALSE(hidden.others.shown);
    EXPECT_FALSE(hidden.by_group[0].shown);
    for (const auto& ranked : report.highest) {
        EXPECT_NE(ranked.id, listening_2);
    }
    EXPECT_EQ(report.attributes[0].others.not_observed, 5);
}

TEST(IndividualReport, FlagsABlindSpotAndAHiddenStrengthWhenTheIntervalClearsTheThreshold) {
    const std::vector<SubmittedAnswers> responses{
        rating(RaterGroup::Self, 5, 1), rating(RaterGroup::Peer, 2, 4), rating(RaterGroup::Peer, 2, 5),
        rating(RaterGroup::Peer, 2, 4), rating(RaterGroup::Peer, 3, 4), rating(RaterGroup::Peer, 2, 4)};
    const auto report = report_of(responses);
    const auto& listening = report.attributes[0];
    const auto& courage = report.attributes[1];
    EXPECT_TRUE(listening.blind_spot);
    EXPECT_FALSE(listening.hidden_strength);
    EXPECT_TRUE(courage.hidden_strength);
    EXPECT_FALSE(courage.blind_spot);

    // Worked by hand (docs/methodology/report.md). The self-view answered each attribute's three
    // behaviours alike, so its spread is the floor, the rounding error of whole points: 1/12 per answer,
    // and its listening score of 5 has a standard error of sqrt(1/36) = 0.1667. Others: 2, 2, 2, 3, 2,
    // mean 2.2, sd sqrt(0.2), standard error 0.2 on 4 df. The gap 2.8 has error sqrt(1/36 + 0.04) and
    // Welch degrees of freedom 0.06778² / (0.04² / 4) = 11.49 (the floor is known, not estimated).
    const double gap_error = std::sqrt(1.0 / 36 + 0.04);
    const double gap_freedom = std::pow(1.0 / 36 + 0.04, 2) / (0.04 * 0.04 / 4 + std::pow(1.0 / 36, 2) / 1e6);
    const double gap_reach = t_quantile(0.95, gap_freedom) * gap_error;
    EXPECT_NEAR(listening.gap->value, 2.8, 1e-12);
    EXPECT_NEAR(listening.gap->low, 2.8 - gap_reach, 1e-9);
    EXPECT_NEAR(listening.gap->high, 2.8 + gap_reach, 1e-9);
    EXPECT_NEAR(gap_reach, 0.466, 0.001);
    // The self-view's error widens the gap's interval beyond others' interval turned round.
    EXPECT_LT(listening.gap->low, 5.0 - listening.others.score.high);

    // How far listening stands apart: self 5 − 1 = 4 (error sqrt(1/12 × 2/3) = 0.2357); each peer's
    // listening minus courage: −2, −3, −2, −1, −2, mean −2, sd sqrt(0.5), error sqrt(0.1) on 4 df. So 6,
    // with error sqrt(0.05556 + 0.1) = 0.3944 and 0.1556² / (0.1² / 4) = 9.68 degrees of freedom.
    ASSERT_TRUE(listening.stands_out.has_value());
    const double contrast_error = std::sqrt(1.0 / 18 + 0.1);
    const double contrast_freedom =
        std::pow(1.0 / 18 + 0.1, 2) / (0.1 * 0.1 / 4 + std::pow(1.0 / 18, 2) / 1e6);
    EXPECT_NEAR(listening.stands_out->value, 6.0, 1e-12);
    EXPECT_NEAR(listening.stands_out->low, 6.0 - t_quantile(0.95, contrast_freedom) * contrast_error, 1e-9);
    EXPECT_NEAR(courage.stands_out->value, -6.0, 1e-12);
    // What the report could find: the margin 0.5 plus (t(0.95) + t(0.80)) times the error, the same for
    // both attributes here.
    ASSERT_TRUE(report.detectable_standing_out.has_value());
    EXPECT_NEAR(*report.detectable_standing_out,
                0.5 + (t_quantile(0.95, contrast_freedom) + t_quantile(0.80, contrast_freedom)) *
                          contrast_error,
                1e-9);
    EXPECT_NEAR(*report.detectable_standing_out, 1.56, 0.01);
}

TEST(IndividualReport, ARatersGeneralLeniencyDoesNotMoveTheStandingOutTest) {
    std::vector<SubmittedAnswers> responses{rating(RaterGroup::Self, 4, 2), rating(RaterGroup::Peer, 3, 3),
                                            rating(RaterGroup::Peer, 2, 3), rating(RaterGroup::Peer, 3, 4),
                                            rating(RaterGroup::Peer, 2, 2)};
    const auto before = report_of(responses);
    responses[2] = rating(RaterGroup::Peer, 4, 5); // the same rater, two points more generous on both
    const auto after = report_of(responses);
    EXPECT_NE(before.attributes[0].others.score.mean, after.attributes[0].others.score.mean);
    EXPECT_NEAR(before.attributes[0].stands_out->value, after.attributes[0].stands_out->value, 1e-12);
    EXPECT_NEAR(before.attributes[0].stands_out->low, after.attributes[0].stands_out->low, 1e-12);
}

TEST(IndividualReport, NoAttributeStandsOutFromAPatternOfOne) {
    // Someone who rates themselves two points above others everywhere is an over-estimator, which the
    // report says once: no attribute stands apart from their own pattern, so neither is a blind spot.
    const auto report = report_of({rating(RaterGroup::Self, 5, 5), rating(RaterGroup::Peer, 3, 3),
                                   rating(RaterGroup::Peer, 3, 3), rating(RaterGroup::Peer, 3, 3),
                                   rating(RaterGroup::Peer, 3, 2)});
    EXPECT_EQ(report.self_awareness, SelfAwareness::OverEstimator);
    for (const auto& attribute : report.attributes) {
        EXPECT_FALSE(attribute.blind_spot) << attribute.name;
        ASSERT_TRUE(attribute.stands_out.has_value());
    }
}

TEST(IndividualReport, SaysNotClearWhenTheOverallIntervalCanNeitherSeparateNorJoinSelfAndOthers) {
    // Self 4 everywhere; three peers far apart (5, 2, 5 → mean 4 with a wide interval): no gap seen, but
    // the interval reaches well past half a point either way, so agreement is not shown either.
    const auto wide = report_of({rating(RaterGroup::Self, 4, 4), rating(RaterGroup::Peer, 5, 5),
                                 rating(RaterGroup::Peer, 2, 2), rating(RaterGroup::Peer, 5, 5)});
    EXPECT_EQ(wide.self_awareness, SelfAwareness::NotClear);
    EXPECT_LT(wide.overall_gap->low, -notable_gap(framework.scale));
    // The same mean from raters who agree: in agreement.
    const auto close = report_of({rating(RaterGroup::Self, 4, 4), rating(RaterGroup::Peer, 4, 4),
                                  rating(RaterGroup::Peer, 4, 4), rating(RaterGroup::Peer, 4, 4)});
    EXPECT_EQ(close.self_awareness, SelfAwareness::InAgreementHigh);
    // One rater: no interval, so nothing can be said either way.
    ReportRules rules;
    const auto single = report_of({rating(RaterGroup::Self, 4, 4), rating(RaterGroup::LineManager, 4, 4)});
    EXPECT_EQ(single.self_awareness, SelfAwareness::NotClear);
    EXPECT_FALSE(single.detectable_overall_gap.has_value());
}

TEST(IndividualReport, GapIntervalsStayWithinWhatTheScaleAllows) {
    const auto report = report_of({rating(RaterGroup::Self, 5, 1), rating(RaterGroup::Peer, 1, 5),
                                   rating(RaterGroup::Peer, 1, 5), rating(RaterGroup::Peer, 2, 5)});
    for (const auto& attribute : report.attributes) {
        EXPECT_GE(attribute.gap->low, -4.0);
        EXPECT_LE(attribute.gap->high, 4.0);
        // A difference of two gaps: twice the range.
        EXPECT_GE(attribute.stands_out->low, -8.0);
        EXPECT_LE(attribute.stands_out->high, 8.0);
    }
}

TEST(IndividualReport, FlagsRaterGroupsThatSeeTheSubjectDifferently) {
    // Peers and direct reports agree among themselves but are two points apart: the groups differ.
    auto three = [](RaterGroup group, int listening) {
        return std::vector<SubmittedAnswers>{rating(group, listening, 3), rating(group, listening, 3),
                                             rating(group, listening, 4)};
    };
    auto responses = three(RaterGroup::Peer, 2);
    const auto directs = three(RaterGroup::DirectReport, 4);
    responses.insert(responses.end(), directs.begin(), directs.end());
    const auto report = report_of(responses);
    EXPECT_TRUE(report.attributes[0].raters_disagree);
    EXPECT_FALSE(report.attributes[1].raters_disagree);
}

TEST(IndividualReport, RaisesNoFlagWhenTheGapIsLargeButTheIntervalIsWide) {
    const std::vector<SubmittedAnswers> responses{
        rating(RaterGroup::Self, 4, 3), rating(RaterGroup::Peer, 2, 3), rating(RaterGroup::Peer, 5, 3),
        rating(RaterGroup::Peer, 3, 3), rating(RaterGroup::Peer, 5, 3), rating(RaterGroup::Peer, 2, 3)};
    const auto report = report_of(responses);
    const auto& listening = report.attributes[0];
    EXPECT_GT(listening.gap->value, notable_gap(framework.scale)); // 0.6 against 0.5
    EXPECT_FALSE(listening.blind_spot);
}

TEST(IndividualReport, FlagsRatersWhoDisagree) {
    const std::vector<SubmittedAnswers> responses{
        rating(RaterGroup::Peer, 1, 4), rating(RaterGroup::Peer, 5, 4), rating(RaterGroup::Peer, 1, 4),
        rating(RaterGroup::Peer, 5, 5)};
    const auto report = report_of(responses);
    EXPECT_TRUE(report.attributes[0].raters_disagree);
    EXPECT_DOUBLE_EQ(*report.attributes[0].agreement, 0.0);
    EXPECT_FALSE(report.attributes[1].raters_disagree);
    EXPECT_GT(*report.attributes[1].agreement, 0.7);
}

TEST(IndividualReport, PlacesTheSubjectInASelfAwarenessCategory) {
    auto category = [](int self, int others, std::optional<double> norm = std::nullopt) {
        ReportRules rules;
        rules.norm = norm;
        return *report_of({rating(RaterGroup::Self, self, self), rating(RaterGroup::Peer, others, others),
                           rating(RaterGroup::Peer, others, others),
                           rating(RaterGroup::Peer, others, others)},
                          rules)
                    .self_awareness;
    };
    EXPECT_EQ(category(5, 3), SelfAwareness::OverEstimator);
    EXPECT_EQ(category(2, 4), SelfAwareness::UnderEstimator);
    EXPECT_EQ(category(4, 4), SelfAwareness::InAgreementHigh);
    EXPECT_EQ(category(2, 2), SelfAwareness::InAgreementLow);
    EXPECT_EQ(category(4, 4, 4.5), SelfAwareness::InAgreementLow); // below the cycle's norm
}

TEST(IndividualReport, ListsTheFiveHighestAndLowestBehavioursWithTiesKept) {
    Framework wide = leadline::testing::small_framework();
    wide.attributes.push_back(wide.attributes[0]);
    wide.attributes.push_back(wide.attributes[1]);
    for (std::size_t a = 2; a < 4; ++a) {
        wide.attributes[a].id = AttributeId("extra-" + std::to_string(a));
        for (std::size_t b = 0; b < 3; ++b) {
            wide.attributes[a].behaviours[b].id =
                BehaviourId("extra-" + std::to_string(a) + "-" + std::to_string(b));
        }
    }
    const std::vector<int> means{5, 5, 5, 4, 4, 4, 3, 3, 3, 2, 2, 1};
    SubmittedAnswers peer;
    peer.group = RaterGroup::Peer;
    std::size_t i = 0;
    for (const auto& attribute : wide.attributes) {
        for (const auto& behaviour : attribute.behaviours) {
            peer.ratings.emplace(behaviour.id, Rating::of(means[i++]));
        }
    }
    const std::vector<SubmittedAnswers> responses{peer, peer, peer};
    const auto report = build_individual_report(wide, responses, {}).value();
    ASSERT_EQ(report.highest.size(), 6u); // the fifth is a 4, and so is the sixth
    EXPECT_DOUBLE_EQ(report.highest.front().mean, 5.0);
    EXPECT_DOUBLE_EQ(report.highest.back().mean, 4.0);
    ASSERT_EQ(report.lowest.size(), 6u); // 1, 2, 2, 3, 3 and the third 3
    EXPECT_DOUBLE_EQ(report.lowest.front().mean, 1.0);
    EXPECT_DOUBLE_EQ(report.lowest.back().mean, 3.0);
}

TEST(IndividualReport, ShowsCommentsOnlyFromGroupsThatMeetTheCommentMinimumInAFixedShuffledOrder) {
    std::vector<SubmittedAnswers> responses;
    const AttributeId listening("listening");
    for (const std::string text :
         {"Always makes time", "Listens before deciding", "Asks good questions", "Remembers what we said"}) {
        auto peer = rating(RaterGroup::Peer, 4, 4);
        peer.comments[{listening, CommentKind::Strength}] = text;
        responses.push_back(peer);
    }
    for (const std::string text : {"From a report, one", "From a report, two", "From a report, three"}) {
        auto report = rating(RaterGroup::DirectReport, 4, 4);
        report.comments[{listening, CommentKind::Strength}] = text;
        responses.push_back(report);
    }
    ReportRules rules;
    rules.comment_order_seed = 17;
    const auto shown = report_of(responses, rules).attributes[0].strengths;
    ASSERT_EQ(shown.size(), 4u); // three direct reports are enough for scores, not for comments
    for (const auto& text : shown) {
        EXPECT_EQ(text.find("From a report"), std::string::npos);
    }
    auto reversed = responses;
    std::reverse(reversed.begin(), reversed.end());
    EXPECT_EQ(report_of(reversed, rules).attributes[0].strengths, shown); // not the order answers came in
    std::set<std::vector<std::string>> orders;
    for (std::uint64_t seed = 1; seed <= 8; ++seed) {
        rules.comment_order_seed = seed;
        orders.insert(report_of(responses, rules).attributes[0].strengths);
    }
    EXPECT_GT(orders.size(), 1u);
}

TEST(IndividualReport, EndsInFocusAreasLedByBlindSpotsWithTheFrameworksIdeas) {
    const std::vector<SubmittedAnswers> responses{
        rating(RaterGroup::Self, 5, 1), rating(RaterGroup::Peer, 2, 4), rating(RaterGroup::Peer, 2, 5),
        rating(RaterGroup::Peer, 2, 4), rating(RaterGroup::Peer, 3, 4)};
    const auto report = report_of(responses);
    ASSERT_EQ(report.focus.size(), 1u); // courage is a hidden strength, not somewhere to focus
    EXPECT_EQ(report.focus[0].attribute, AttributeId("listening"));
    ASSERT_EQ(report.focus[0].micro_actions.size(), 1u);
    EXPECT_EQ(report.focus[0].stretch_experiences.size(), 1u);
    EXPECT_NE(report.focus[0].reason.find("lower than you rate yourself"), std::string::npos);
}

TEST(IndividualReport, WithoutBlindSpotsFocusesOnTheLowestRatedAttributes) {
    const std::vector<SubmittedAnswers> responses{
        rating(RaterGroup::Peer, 4, 2), rating(RaterGroup::Peer, 4, 3), rating(RaterGroup::Peer, 5, 2)};
    const auto report = report_of(responses);
    ASSERT_EQ(report.focus.size(), 2u);
    EXPECT_EQ(report.focus[0].attribute, AttributeId("courage"));
    EXPECT_EQ(report.focus[1].attribute, AttributeId("listening"));
}

TEST(IndividualReport, RatingYourselfGenerouslyEverywhereMakesAnOverEstimatorNotABlindSpotOnEveryAttribute) {
    // Self 5 against others' 3 on both attributes: over-estimation throughout, no attribute standing out.
    const std::vector<SubmittedAnswers> responses{
        rating(RaterGroup::Self, 5, 5), rating(RaterGroup::Peer, 3, 3), rating(RaterGroup::Peer, 3, 3),
        rating(RaterGroup::Peer, 3, 3), rating(RaterGroup::Peer, 3, 3)};
    const auto report = report_of(responses);
    EXPECT_EQ(report.self_awareness, SelfAwareness::OverEstimator);
    EXPECT_FALSE(report.attributes[0].blind_spot);
    EXPECT_FALSE(report.attributes[1].blind_spot);
}

TEST(IndividualReport, TheAggregationAloneGivesTheReportsOwnAttributeCells) {
    // What the benchmark compares with SQL engines must be the report's figures, not a look-alike:
    // random responses in every group, some "not observed", some groups too small.
    std::mt19937 random(3);
    std::uniform_int_distribution<int> value(0, 5); // 0: not observed
    std::uniform_int_distribution<int> group_size(0, 5);
    const std::vector<RaterGroup> groups{RaterGroup::Self, RaterGroup::LineManager, RaterGroup::Peer,
                                         RaterGroup::DirectReport, RaterGroup::Partner};
    int compared = 0;
    for (int round = 0; round < 200; ++round) {
        std::vector<SubmittedAnswers> responses;
        for (const auto group : groups) {
            const int size =
                group == RaterGroup::Self || group == RaterGroup::LineManager ? 1 : group_size(random);
            for (int k = 0; k < size; ++k) {
                auto answers = rating(group, value(random), value(random));
                for (auto& [behaviour, answer] : answers.ratings) {
                    const int v = value(random);
                    answer = v == 0 ? Rating::not_observed() : Rating::of(v);
                }
                responses.push_back(std::move(answers));
            }
        }
        const ReportRules rules{round % 2 == 0 ? AnonymityPolicy() : manager_anonymous(), 0, std::nullopt};
        const auto report = report_of(responses, rules);
        const auto cells = aggregate_attribute_cells(framework, responses, rules);
        ASSERT_EQ(cells.groups.size(), report.groups.size());
        ASSERT_EQ(cells.attributes.size(), report.attributes.size());
        for (std::size_t a = 0; a < cells.attributes.size(); ++a) {
            const auto& expected = report.attributes[a].by_group;
            ASSERT_EQ(cells.attributes[a].size(), expected.size());
            for (std::size_t c = 0; c < expected.size(); ++c) {
                const auto& cell = cells.attributes[a][c];
                EXPECT_EQ(cell.shown, expected[c].shown);
                EXPECT_EQ(cell.not_observed, expected[c].not_observed);
                EXPECT_EQ(cell.score.n, expected[c].score.n);
                EXPECT_DOUBLE_EQ(cell.score.mean, expected[c].score.mean);
                EXPECT_DOUBLE_EQ(cell.score.sd, expected[c].score.sd);
                compared += cell.shown ? 1 : 0;
            }
        }
    }
    EXPECT_GT(compared, 300); // most rounds show some cells
}

TEST(IndividualReport, NoIntervalLeavesTheScaleEvenWhenRatersCrowdItsEnds) {
    // Three peers at 5, 5 and 4 put a t-interval's top above 5; three at 1, 1 and 2 its bottom below 1.
    const std::vector<SubmittedAnswers> responses{
        rating(RaterGroup::Self, 4, 2), rating(RaterGroup::Peer, 5, 1), rating(RaterGroup::Peer, 5, 1),
        rating(RaterGroup::Peer, 4, 2)};
    const auto report = report_of(responses);
    auto check = [](const ReportCell& cell, const std::string& where) {
        if (cell.shown && cell.score.has_interval()) {
            EXPECT_GE(cell.score.low, 1.0) << where;
            EXPECT_LE(cell.score.high, 5.0) << where;
            EXPECT_LE(cell.score.low, cell.score.mean) << where;
            EXPECT_GE(cell.score.high, cell.score.mean) << where;
        }
    };
    const auto& listening = report.attributes[0];
    ASSERT_TRUE(listening.others.shown);
    EXPECT_DOUBLE_EQ(listening.others.score.high, 5.0) << "cut at the top of the scale";
    EXPECT_LT(listening.others.score.low, listening.others.score.mean) << "the other side is left as it was";
    EXPECT_DOUBLE_EQ(report.attributes[1].others.score.low, 1.0) << "cut at the bottom of the scale";
    check(report.others_overall, "overall");
    for (const auto& attribute : report.attributes) {
        check(attribute.others, attribute.name);
        for (const auto& cell : attribute.by_group) {
            check(cell, attribute.name + " by group");
        }
        for (const auto& behaviour : attribute.behaviours) {
            check(behaviour.others, attribute.name + " behaviour");
            for (const auto& cell : behaviour.by_group) {
                check(cell, attribute.name + " behaviour by group");
            }
        }
    }
}
