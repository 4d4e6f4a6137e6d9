#include <gtest/gtest.h>

#include <functional>

#include "domain/core/rng.hpp"
#include "domain/grouping/diverse_grouping.hpp"
#include "support/short_search.hpp"

using namespace leadline::domain;

namespace {

GroupingInstance random_instance(std::size_t elements, std::vector<std::pair<std::size_t, std::size_t>> sizes,
                                 std::uint64_t seed) {
    Rng rng(seed);
    GroupingInstance instance;
    instance.elements = elements;
    instance.group_sizes = std::move(sizes);
    instance.dissimilarity.assign(elements * elements, 0.0);
    for (std::size_t a = 0; a < elements; ++a) {
        for (std::size_t b = a + 1; b < elements; ++b) {
            const double d = static_cast<double>(rng.between(0, 100));
            instance.dissimilarity[a * elements + b] = d;
            instance.dissimilarity[b * elements + a] = d;
        }
    }
    return instance;
}

bool keeps_apart(const Grouping& grouping, const GroupingRules& rules) {
    return std::all_of(rules.apart.begin(), rules.apart.end(), [&](const auto& pair) {
        return grouping.group_of[pair.first] != grouping.group_of[pair.second];
    });
}

// The best objective over every assignment that meets the bounds and the rules.
double best_by_brute_force(const GroupingInstance& instance, const GroupingRules& rules) {
    std::vector<std::size_t> group_of(instance.elements, 0);
    double best = -1.0;
    std::function<void(std::size_t)> place = [&](std::size_t e) {
        if (e == instance.elements) {
            Grouping candidate{group_of, 0.0, 0};
            if (check_grouping(instance, group_of) && keeps_apart(candidate, rules)) {
                best = std::max(best, grouping_objective(instance, group_of));
            }
            return;
        }
        for (std::size_t g = 0; g < instance.group_sizes.size(); ++g) {
            group_of[e] = g;
            place(e + 1);
        }
    };
    place(0);
    return best;
}

} // namespace

TEST(DiverseGrouping, FindsTheOptimumOfSmallInstancesFoundByBruteForce) {
    for (std::uint64_t seed = 1; seed <= 12; ++seed) {
        const auto instance = random_instance(9, {{2, 4}, {2, 4}, {3, 3}}, seed);
        GroupingRules rules;
        rules.apart = {{0, 1}, {2, 3}, {seed % 9, (seed + 4) % 9}};
        const auto grouping =
            diverse_grouping(instance, rules, leadline::testing::short_search(seed, 60)).value();
        EXPECT_TRUE(check_grouping(instance, grouping.group_of));
        EXPECT_TRUE(keeps_apart(grouping, rules));
        EXPECT_NEAR(grouping.objective, grouping_objective(instance, grouping.group_of), 1e-6);
        EXPECT_NEAR(grouping.objective, best_by_brute_force(instance, rules), 1e-6) << "seed " << seed;
    }
}

TEST(DiverseGrouping, KeepsBoundsAndApartPairsOnLargerRandomInstances) {
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        const auto instance =
            random_instance(60, std::vector<std::pair<std::size_t, std::size_t>>(8, {6, 9}), seed);
        GroupingRules rules;
        Rng rng(seed + 100);
        for (int k = 0; k < 40; ++k) {
            const auto a = static_cast<std::size_t>(rng.between(0, 59));
            const auto b = static_cast<std::size_t>(rng.between(0, 59));
            if (a != b) {
                rules.apart.emplace_back(a, b);
            }
        }
        const auto grouping =
            diverse_grouping(instance, rules, leadline::testing::short_search(seed, 30)).value();
        EXPECT_TRUE(check_grouping(instance, grouping.group_of)) << seed;
        EXPECT_TRUE(keeps_apart(grouping, rules)) << seed;
        EXPECT_NEAR(grouping.objective, grouping_objective(instance, grouping.group_of), 1e-6);
    }
}

TEST(DiverseGrouping, TheSameSeedGivesTheSameGrouping) {
    const auto instance = random_instance(40, std::vector<std::pair<std::size_t, std::size_t>>(5, {8, 8}), 3);
    const auto first = diverse_grouping(instance, {}, leadline::testing::short_search(7, 20)).value();
    const auto second = diverse_grouping(instance, {}, leadline::testing::short_search(7, 20)).value();
    EXPECT_EQ(first.group_of, second.group_of);
    EXPECT_DOUBLE_EQ(first.objective, second.objective);
}

TEST(DiverseGrouping, ImpossibleRulesGetAMessageNamingTheConflict) {
    const auto instance = random_instance(3, {{3, 3}}, 1);
    GroupingRules rules;
    rules.apart = {{0, 1}};
    const auto grouping = diverse_grouping(instance, rules, leadline::testing::short_search(1, 5));
    ASSERT_FALSE(grouping);
    EXPECT_NE(grouping.error().message.find("kept apart"), std::string::npos) << grouping.error().message;

    const auto too_small = random_instance(5, {{2, 2}, {2, 2}}, 1);
    EXPECT_EQ(diverse_grouping(too_small, {}, leadline::testing::short_search(1, 5)).error().message,
              "The groups' sizes cannot hold 5 people: together they take 4 to 4.");
    EXPECT_EQ(diverse_grouping(instance, {}, leadline::testing::short_search(1, 0)).error().message,
              "Give the grouping search a time limit or a number of rounds.");
}
