// When a cycle's answers are due to go, and the retention period as an admin types it.
#include <gtest/gtest.h>

#include "domain/feedback/answer_retention.hpp"

using namespace leadline::domain;

namespace {

Date day(const char* iso) {
    return Date::parse(iso).value();
}

TEST(AnswerRetention, AnswersAreDueTheSameDayOfTheMonthMonthsAfterClosing) {
    EXPECT_EQ(answers_due_for_deletion(day("2026-09-30"), 12), day("2027-09-30"));
    EXPECT_EQ(answers_due_for_deletion(day("2026-09-30"), 1), day("2026-10-30"));
    EXPECT_EQ(answers_due_for_deletion(day("2026-11-15"), 3), day("2027-02-15")) << "across a year's end";
}

TEST(AnswerRetention, ADayTheLaterMonthLacksFallsOnItsLastDay) {
    EXPECT_EQ(answers_due_for_deletion(day("2026-08-31"), 6), day("2027-02-28"));
    EXPECT_EQ(answers_due_for_deletion(day("2027-08-31"), 6), day("2028-02-29")) << "a leap year";
    EXPECT_EQ(answers_due_for_deletion(day("2026-05-31"), 1), day("2026-06-30"));
}

TEST(AnswerRetention, EmptyKeepsAnswersAndWholeMonthsFromOneToTenYearsAreTaken) {
    EXPECT_EQ(retention_months_from("").value(), std::nullopt);
    EXPECT_EQ(retention_months_from("  ").value(), std::nullopt);
    EXPECT_EQ(retention_months_from("24").value(), 24);
    EXPECT_EQ(retention_months_from(" 6 ").value(), 6);
    EXPECT_EQ(retention_months_from("120").value(), 120);
    for (const auto* typed : {"0", "121", "-3", "1.5", "six", "12 months", "99999999999"}) {
        const auto refused = retention_months_from(typed);
        ASSERT_FALSE(refused) << typed;
        EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
        EXPECT_NE(refused.error().message.find("from 1 to 120"), std::string::npos);
    }
}

} // namespace
