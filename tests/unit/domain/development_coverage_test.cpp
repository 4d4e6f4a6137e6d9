// Every attribute of a 360 framework needs something to try, or development cannot follow feedback.
#include <gtest/gtest.h>

#include <set>

#include "domain/framework/development_coverage.hpp"
#include "support/framework_builder.hpp"
#include "support/shipped_frameworks.hpp"

using namespace leadline::domain;

TEST(DevelopmentCoverage, NamesEachAttributeWithoutStretchExperiencesOrMicroActions) {
    auto framework = leadline::testing::small_framework(); // listening and courage, no ideas
    framework.attributes[0].micro_actions = {{"Summarise before you reply", Effort::OneMinute}};
    const auto gaps = development_gaps(framework);
    ASSERT_EQ(gaps.size(), 2u);
    EXPECT_NE(gaps[0].find("\"listening\" has no stretch experiences,"), std::string::npos) << gaps[0];
    EXPECT_NE(gaps[1].find("\"courage\" has no stretch experiences or micro-actions"), std::string::npos)
        << gaps[1];
}

TEST(DevelopmentCoverage, FrameworksNotUsedFor360sNeedNone) {
    auto framework = leadline::testing::small_framework();
    framework.use = FrameworkUse::TalentReview;
    EXPECT_TRUE(development_gaps(framework).empty());
}

TEST(DevelopmentCoverage, EveryShipped360FrameworkOffersIdeasAtSeveralEffortsForEveryAttribute) {
    for (const auto* id :
         {"leadership-in-action", "public-service-leadership", "future-leadership", "place-leadership"}) {
        const auto& framework = leadline::testing::shipped_framework(id).framework;
        EXPECT_TRUE(development_gaps(framework).empty()) << id;
        for (const auto& attribute : framework.attributes) {
            // Something small to start this week and something larger to grow into.
            std::set<Effort> efforts;
            for (const auto& idea : attribute.micro_actions) {
                efforts.insert(idea.effort);
            }
            for (const auto& idea : attribute.stretch_experiences) {
                efforts.insert(idea.effort);
            }
            EXPECT_GE(efforts.size(), 2u) << id << ": " << attribute.id.value();
            EXPECT_GE(attribute.micro_actions.size() + attribute.stretch_experiences.size(), 3u)
                << id << ": " << attribute.id.value();
        }
    }
}
