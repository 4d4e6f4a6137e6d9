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
    std::cout << check.summary() << "\n";
    ASSERT_GT(check.subjects, 50);
    ASSERT_GT(check.blind_spots.planted, 5);
    ASSERT_GT(check.hidden_strengths.planted, 5);
    check.expect_thresholds_met("default demo");
}

TEST(ReportTruth, HoldsOnOtherSeedsToo) {
    for (std::uint64_t seed : {2ULL, 3ULL, 4ULL}) {
        const auto check = check_demo(seed);
        std::cout << "seed " << seed << ": " << check.summary() << "\n";
        check.expect_thresholds_met("seed " + std::to_string(seed));
    }
}
