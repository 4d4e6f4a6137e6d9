// A team's right mix: gaps, dependencies and strengths against the cycle's norm, and what someone
// outside the HR team may see of it.
#include <gtest/gtest.h>

#include "domain/reporting/team_mix.hpp"

using namespace leadline;
using domain::TeamPattern;

namespace {

// Three attributes with a norm of 3.0 each; the carrying margin on 1 to 5 is 0.25.
domain::TeamMixInput team(const std::vector<std::vector<std::optional<double>>>& scores) {
    domain::TeamMixInput input;
    input.attributes = {"Purpose", "Collaborating", "Inclusive teams"};
    input.norms = {3.0, 3.0, 3.0};
    for (const auto& member : scores) {
        input.members.push_back({member});
    }
    return input;
}

} // namespace

TEST(TeamMix, FindsGapsDependenciesAndStrengths) {
    const auto mix = domain::team_mix(team({
        {2.9, 3.9, 3.5},
        {3.1, 3.0, 3.6},
        {3.0, 2.8, 3.4},
    }));
    ASSERT_EQ(mix.attributes.size(), 3U);
    EXPECT_EQ(mix.members, 3U);
    EXPECT_EQ(mix.attributes[0].pattern, TeamPattern::Gap) << "no one reaches 3.25";
    EXPECT_EQ(mix.attributes[0].carriers, 0U);
    EXPECT_EQ(mix.attributes[1].pattern, TeamPattern::Dependency) << "only the first reaches 3.25";
    EXPECT_EQ(mix.attributes[1].carriers, 1U);
    EXPECT_EQ(mix.attributes[2].pattern, TeamPattern::Strong);
    EXPECT_NEAR(mix.attributes[2].team_mean, 3.5, 1e-12);
    EXPECT_NEAR(mix.attributes[2].difference, 0.5, 1e-12);
}

TEST(TeamMix, AnAttributeAboveTheNormOnlyBecauseOfOnePersonIsADependencyNotAStrength) {
    const auto mix = domain::team_mix(team({{3.0, 3.0, 5.0}, {3.0, 3.0, 3.0}, {3.0, 3.0, 3.0}}));
    EXPECT_GT(mix.attributes[2].difference, 0.25);
    EXPECT_EQ(mix.attributes[2].pattern, TeamPattern::Dependency);
}

TEST(TeamMix, MembersWithoutAFigureAreLeftOutOfThatAttribute) {
    const auto mix = domain::team_mix(team({{4.0, std::nullopt, 3.0}, {2.0, 3.5, 3.0}}));
    EXPECT_EQ(mix.attributes[0].members_with_figure, 2U);
    EXPECT_EQ(mix.attributes[1].members_with_figure, 1U);
    EXPECT_NEAR(mix.attributes[1].team_mean, 3.5, 1e-12);
}

TEST(TeamMix, OutsideTheHrTeamASmallTeamIsNotShownAndSmallAttributesKeepOnlyTheirName) {
    std::vector<std::vector<std::optional<double>>> four(4, {3.5, 3.5, 3.5});
    EXPECT_FALSE(domain::team_mix_for_non_admins(domain::team_mix(team(four)), 5).has_value());

    std::vector<std::vector<std::optional<double>>> six(6, {3.5, 3.5, 3.5});
    for (std::size_t i = 0; i < 2; ++i) {
        six[i][1] = std::nullopt; // only four have a figure for the second attribute
    }
    const auto shown = domain::team_mix_for_non_admins(domain::team_mix(team(six)), 5);
    ASSERT_TRUE(shown.has_value());
    EXPECT_TRUE(shown->attributes[0].shown);
    EXPECT_FALSE(shown->attributes[1].shown);
    EXPECT_EQ(shown->attributes[1].name, "Collaborating");
    EXPECT_EQ(shown->attributes[1].members_with_figure, 0U) << "not even how many";
    EXPECT_EQ(shown->attributes[1].team_mean, 0.0);
    EXPECT_EQ(shown->attributes[1].carriers, 0U);
}
