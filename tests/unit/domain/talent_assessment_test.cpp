#include <gtest/gtest.h>

#include "app/frameworks/framework_catalog.hpp"
#include "domain/talent/assessment.hpp"

using namespace leadline::domain;

namespace {

const Framework& indicators_of_potential() {
    static const auto catalog =
        leadline::app::FrameworkCatalog::load_directory(LEADLINE_SOURCE_FRAMEWORKS).value();
    return catalog.find("indicators-of-potential")->framework;
}

const std::string evidence =
    "Ran the winter pressures rota for three wards and cut agency shifts by a third.";

std::vector<IndicatorRating> complete() {
    return {{AttributeId("performance"), 3, evidence},
            {AttributeId("purpose"), std::nullopt, ""},
            {AttributeId("values"), 4, evidence}};
}

} // namespace

TEST(TalentAssessment, EveryIndicatorAnsweredWithEvidenceBehindEachLevelCanBeSaved) {
    EXPECT_TRUE(assessment_problems(indicators_of_potential(), complete()).empty());
}

TEST(TalentAssessment, ALevelWithoutEvidenceIsRefusedNotDropped) {
    auto ratings = complete();
    ratings[0].evidence = "   ";
    const auto problems = assessment_problems(indicators_of_potential(), ratings);
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_EQ(problems[0].indicator.value(), "performance");
    EXPECT_EQ(problems[0].message,
              "Write the evidence for your rating of Performance, or choose \"Not enough evidence yet\"");
}

TEST(TalentAssessment, AWordIsNotEvidence) {
    auto ratings = complete();
    ratings[2].evidence = "Good values.";
    const auto problems = assessment_problems(indicators_of_potential(), ratings);
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_EQ(problems[0].indicator.value(), "values");
    EXPECT_NE(problems[0].message.find("Say more about the evidence for Values"), std::string::npos);
}

TEST(TalentAssessment, AMissingIndicatorALevelOffTheScaleAndAnUnknownIndicatorAreEachSaid) {
    std::vector<IndicatorRating> ratings{{AttributeId("performance"), 7, evidence},
                                         {AttributeId("purpose"), 2, evidence},
                                         {AttributeId("charisma"), 4, evidence}};
    const auto problems = assessment_problems(indicators_of_potential(), ratings);
    ASSERT_EQ(problems.size(), 3U);
    EXPECT_EQ(problems[0].message, "There is no indicator called charisma");
    EXPECT_EQ(problems[1].message, "Choose one of the levels for Performance");
    EXPECT_EQ(problems[2].message, "Choose a level for Values, or \"Not enough evidence yet\"");
}

TEST(TalentAssessment, EvidenceHasALimitEvenWithoutALevel) {
    auto ratings = complete();
    ratings[1].evidence = std::string(longest_evidence + 1, 'x');
    const auto problems = assessment_problems(indicators_of_potential(), ratings);
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_EQ(problems[0].indicator.value(), "purpose");
}
