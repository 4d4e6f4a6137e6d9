// The report's opening sentence: where others' overall score sits against the cycle's average.
#include <gtest/gtest.h>

#include "support/text_checks.hpp"
#include "web/views/report_view.hpp"

using namespace leadline;
using leadline::testing::contains;

namespace {

domain::IndividualReport in_agreement(double others, double low, double high, int raters) {
    domain::IndividualReport report;
    report.self_awareness =
        others >= 3.5 ? domain::SelfAwareness::InAgreementHigh : domain::SelfAwareness::InAgreementLow;
    report.self_overall = others;
    report.others_overall.shown = true;
    report.others_overall.score.n = raters;
    report.others_overall.score.mean = others;
    report.others_overall.score.low = low;
    report.others_overall.score.high = high;
    return report;
}

} // namespace

TEST(ReportSummary, OthersExactlyAtTheAverageAreAtItNotAboveIt) {
    const auto text = web::overall_summary(in_agreement(3.5, 3.3, 3.7, 6), 3.5);
    EXPECT_TRUE(contains(text, "at about this cycle's average")) << text;
    EXPECT_FALSE(contains(text, "above")) << text;
}

TEST(ReportSummary, AnAverageInsideOthersIntervalCannotBeToldApartFromIt) {
    EXPECT_TRUE(contains(web::overall_summary(in_agreement(3.62, 3.41, 3.83, 5), 3.47), "at about"));
    EXPECT_TRUE(contains(web::overall_summary(in_agreement(3.31, 3.10, 3.52, 5), 3.47), "at about"));
}

TEST(ReportSummary, OthersClearlyAboveOrBelowTheAverageAreSaidToBe) {
    EXPECT_TRUE(
        contains(web::overall_summary(in_agreement(4.1, 3.9, 4.3, 8), 3.47), "above this cycle's average"));
    EXPECT_TRUE(
        contains(web::overall_summary(in_agreement(2.9, 2.7, 3.1, 8), 3.47), "below this cycle's average"));
}

TEST(ReportSummary, WithOneRaterOnlyAnEqualScoreIsAtTheAverage) {
    EXPECT_TRUE(contains(web::overall_summary(in_agreement(3.47, 0, 0, 1), 3.47), "at about"));
    EXPECT_TRUE(contains(web::overall_summary(in_agreement(3.6, 0, 0, 1), 3.47), "above"));
}

TEST(ReportSummary, AGapTheRatersCannotSettleIsSaidToBeNotClear) {
    auto report = in_agreement(3.4, 2.6, 4.2, 3);
    report.self_overall = 3.9;
    report.self_awareness = domain::SelfAwareness::NotClear;
    const auto text = web::overall_summary(report, 3.5);
    EXPECT_TRUE(contains(text, "not clear whether you see yourself as others do")) << text;
    EXPECT_TRUE(contains(text, "3.90")) << text;
    EXPECT_FALSE(contains(text, "much the same")) << text;
}

TEST(ReportSummary, SaysWhatTheReportCouldFindWithItsRaters) {
    auto report = in_agreement(3.4, 3.1, 3.7, 6);
    report.detectable_standing_out = 1.43;
    report.detectable_overall_gap = 0.31;
    const auto text = web::what_could_show(report);
    ASSERT_TRUE(text.has_value());
    EXPECT_TRUE(contains(*text, "With 6 raters")) << *text;
    EXPECT_TRUE(contains(*text, "about 1.4 points")) << *text;
    EXPECT_TRUE(contains(*text, "no clear gap may still have one")) << *text;
    EXPECT_TRUE(contains(*text, "gap of about 0.3 points")) << *text;
    // Nothing could be tested (no self-view, or one rater): nothing is claimed.
    EXPECT_FALSE(web::what_could_show(in_agreement(3.4, 0, 0, 1)).has_value());
}
