// The report's flags and self-awareness categories, checked against what the demo's simulation
// planted (docs/methodology/demo.md). The figures are recorded in docs/methodology/report.md.
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>

#include "app/demo/demo_generator.hpp"
#include "app/frameworks/framework_catalog.hpp"
#include "domain/reporting/individual_report.hpp"
#include "support/shipped_frameworks.hpp"
#include "support/truth_recovery.hpp"

using namespace leadline;

namespace {

using leadline::testing::TruthCheck;

TruthCheck check_demo(std::uint64_t seed) {
    const auto& framework = leadline::testing::shipped_framework("leadership-in-action").framework;
    const auto demo = app::generate_demo({400, seed}, framework).value();
    TruthCheck check;
    for (const auto& truth : demo.truth) {
        std::vector<domain::SubmittedAnswers> responses;
        for (const auto& nomination : demo.nominations) {
            if (nomination.subject == truth.person && nomination.answers &&
                nomination.answers->state == domain::ResponseState::Submitted) {
                responses.push_back(
                    {nomination.group, nomination.answers->ratings, nomination.answers->comments});
            }
        }
        domain::ReportRules rules;
        rules.policy = demo.cycle.anonymity;
        const auto report = domain::build_individual_report(framework, responses, rules).value();
        check.add({truth.self_view, truth.blind_spots, truth.hidden_strengths}, report);
    }
    return check;
}

} // namespace

TEST(ReportTruth, FlagsAndCategoriesRecoverWhatTheDefaultDemoPlanted) {
    const auto check = check_demo(1); // `leadline demo` with its defaults
    std::cout << "subjects " << check.subjects << ", category matches " << check.category_share()
              << "; blind spots planted " << check.blind_spots.planted << " precision "
              << check.blind_spots.precision() << " recall " << check.blind_spots.recall()
              << "; hidden strengths planted " << check.hidden_strengths.planted << " precision "
              << check.hidden_strengths.precision() << " recall " << check.hidden_strengths.recall() << "\n";
    ASSERT_GT(check.subjects, 50);
    ASSERT_GT(check.blind_spots.planted, 5);
    ASSERT_GT(check.hidden_strengths.planted, 5);
    EXPECT_GE(check.blind_spots.precision(), 0.9);
    EXPECT_GE(check.blind_spots.recall(), 0.8);
    EXPECT_GE(check.hidden_strengths.precision(), 0.9);
    EXPECT_GE(check.hidden_strengths.recall(), 0.8);
    EXPECT_GE(check.category_share(), 0.85);
}

TEST(ReportTruth, HoldsOnOtherSeedsToo) {
    for (std::uint64_t seed : {2ULL, 3ULL, 4ULL}) {
        const auto check = check_demo(seed);
        std::cout << "seed " << seed << ": subjects " << check.subjects << ", categories "
                  << check.category_share() << ", blind spots " << check.blind_spots.precision() << "/"
                  << check.blind_spots.recall() << ", hidden strengths " << check.hidden_strengths.precision()
                  << "/" << check.hidden_strengths.recall() << "\n";
        EXPECT_GE(check.blind_spots.precision(), 0.9) << seed;
        EXPECT_GE(check.blind_spots.recall(), 0.8) << seed;
        EXPECT_GE(check.hidden_strengths.precision(), 0.9) << seed;
        EXPECT_GE(check.hidden_strengths.recall(), 0.8) << seed;
        EXPECT_GE(check.category_share(), 0.85) << seed;
    }
}
