// The report's flags and self-awareness categories, checked against what the demo's simulation
// planted (docs/methodology/demo.md). The figures are recorded in docs/methodology/report.md.
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>

#include "app/demo/demo_generator.hpp"
#include "app/frameworks/framework_catalog.hpp"
#include "domain/reporting/individual_report.hpp"
#include "support/shipped_frameworks.hpp"

using namespace leadline;

namespace {

struct Recovery {
    int planted = 0;
    int flagged = 0;
    int flagged_and_planted = 0;
    [[nodiscard]] double precision() const {
        return flagged == 0 ? 1.0 : static_cast<double>(flagged_and_planted) / flagged;
    }
    [[nodiscard]] double recall() const {
        return planted == 0 ? 1.0 : static_cast<double>(flagged_and_planted) / planted;
    }
};

struct TruthCheck {
    Recovery blind_spots;
    Recovery hidden_strengths;
    int subjects = 0;
    int category_matches = 0;
};

bool contains(const std::vector<domain::AttributeId>& ids, const domain::AttributeId& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

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
        if (!report.self_awareness) {
            continue; // no self-view sent, or too few others: nothing to compare
        }
        ++check.subjects;
        const auto category = *report.self_awareness;
        const bool matches = (truth.self_view == app::SelfView::OverEstimates &&
                              category == domain::SelfAwareness::OverEstimator) ||
                             (truth.self_view == app::SelfView::UnderEstimates &&
                              category == domain::SelfAwareness::UnderEstimator) ||
                             (truth.self_view == app::SelfView::Accurate &&
                              (category == domain::SelfAwareness::InAgreementHigh ||
                               category == domain::SelfAwareness::InAgreementLow));
        check.category_matches += matches ? 1 : 0;
        for (const auto& attribute : report.attributes) {
            const bool blind = contains(truth.blind_spots, attribute.id);
            const bool hidden = contains(truth.hidden_strengths, attribute.id);
            check.blind_spots.planted += blind ? 1 : 0;
            check.blind_spots.flagged += attribute.blind_spot ? 1 : 0;
            check.blind_spots.flagged_and_planted += blind && attribute.blind_spot ? 1 : 0;
            check.hidden_strengths.planted += hidden ? 1 : 0;
            check.hidden_strengths.flagged += attribute.hidden_strength ? 1 : 0;
            check.hidden_strengths.flagged_and_planted += hidden && attribute.hidden_strength ? 1 : 0;
        }
    }
    return check;
}

} // namespace

TEST(ReportTruth, FlagsAndCategoriesRecoverWhatTheDefaultDemoPlanted) {
    const auto check = check_demo(1); // `leadline demo` with its defaults
    std::cout << "subjects " << check.subjects << ", category matches "
              << static_cast<double>(check.category_matches) / check.subjects << "; blind spots planted "
              << check.blind_spots.planted << " precision " << check.blind_spots.precision() << " recall "
              << check.blind_spots.recall() << "; hidden strengths planted " << check.hidden_strengths.planted
              << " precision " << check.hidden_strengths.precision() << " recall "
              << check.hidden_strengths.recall() << "\n";
    ASSERT_GT(check.subjects, 50);
    ASSERT_GT(check.blind_spots.planted, 5);
    ASSERT_GT(check.hidden_strengths.planted, 5);
    EXPECT_GE(check.blind_spots.precision(), 0.9);
    EXPECT_GE(check.blind_spots.recall(), 0.8);
    EXPECT_GE(check.hidden_strengths.precision(), 0.9);
    EXPECT_GE(check.hidden_strengths.recall(), 0.8);
    EXPECT_GE(static_cast<double>(check.category_matches) / check.subjects, 0.85);
}

TEST(ReportTruth, HoldsOnOtherSeedsToo) {
    for (std::uint64_t seed : {2ULL, 3ULL, 4ULL}) {
        const auto check = check_demo(seed);
        std::cout << "seed " << seed << ": subjects " << check.subjects << ", categories "
                  << static_cast<double>(check.category_matches) / check.subjects << ", blind spots "
                  << check.blind_spots.precision() << "/" << check.blind_spots.recall()
                  << ", hidden strengths " << check.hidden_strengths.precision() << "/"
                  << check.hidden_strengths.recall() << "\n";
        EXPECT_GE(check.blind_spots.precision(), 0.9) << seed;
        EXPECT_GE(check.blind_spots.recall(), 0.8) << seed;
        EXPECT_GE(check.hidden_strengths.precision(), 0.9) << seed;
        EXPECT_GE(check.hidden_strengths.recall(), 0.8) << seed;
        EXPECT_GE(static_cast<double>(check.category_matches) / check.subjects, 0.85) << seed;
    }
}
