#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <iostream>
#include <random>

#include "domain/matching/mentor_matching.hpp"

using namespace leadline::domain;

namespace {

const AttributeId collaborating("collaborating");
const AttributeId delivering("delivering");
const AttributeId innovating("innovating");

bool allowed(const MatchingProblem& problem, std::size_t i, std::size_t j) {
    const auto& mentee = problem.mentees[i];
    const auto& mentor = problem.mentors[j];
    if (mentee.person == mentor.person || problem.excluded.contains({mentee.person, mentor.person})) {
        return false;
    }
    if (problem.candidates && std::find(problem.candidates->begin(), problem.candidates->end(),
                                        std::pair{i, j}) == problem.candidates->end()) {
        return false;
    }
    return std::llround(mentoring_fit(mentee, mentor, problem.preferences) * 1e6) > 0;
}

// Tries every assignment: each mentee to nobody or to an allowed mentor with room left.
double best_total_by_brute_force(const MatchingProblem& problem) {
    std::vector<int> room;
    for (const auto& mentor : problem.mentors) {
        room.push_back(mentor.capacity);
    }
    std::function<double(std::size_t)> best_from = [&](std::size_t i) -> double {
        if (i == problem.mentees.size()) {
            return 0.0;
        }
        double best = best_from(i + 1);
        for (std::size_t j = 0; j < problem.mentors.size(); ++j) {
            if (room[j] > 0 && allowed(problem, i, j)) {
                --room[j];
                best = std::max(best,
                                mentoring_fit(problem.mentees[i], problem.mentors[j], problem.preferences) +
                                    best_from(i + 1));
                ++room[j];
            }
        }
        return best;
    };
    return best_from(0);
}

MatchingProblem random_problem(std::mt19937& random, int most_mentees = 6, int most_mentors = 4,
                               int most_capacity = 2) {
    const std::vector<AttributeId> areas{collaborating, delivering, innovating};
    std::uniform_int_distribution<int> mentees(1, most_mentees);
    std::uniform_int_distribution<int> mentors(1, most_mentors);
    std::uniform_int_distribution<int> capacity(0, most_capacity);
    std::uniform_int_distribution<int> grade(0, 4); // 0: not known
    std::uniform_real_distribution<double> strength(-0.5, 1.0);
    std::bernoulli_distribution coin(0.5);
    std::bernoulli_distribution rarely(0.15);
    MatchingProblem problem;
    problem.preferences.different_department = coin(random);
    problem.preferences.more_senior = coin(random);
    const int mentee_count = mentees(random);
    for (int i = 0; i < mentee_count; ++i) {
        Mentee mentee{PersonId{i + 1}, {}, coin(random) ? "Housing" : "Finance", grade(random)};
        for (const auto& area : areas) {
            if (coin(random)) {
                mentee.to_develop.push_back(area);
            }
        }
        problem.mentees.push_back(mentee);
    }
    const int mentor_count = mentors(random);
    for (int j = 0; j < mentor_count; ++j) {
        // Some mentors are mentees too (the same person), which must never be matched with themselves.
        const long long person = rarely(random) && mentee_count > 0 ? 1 : 100 + j;
        if (person == 1 && std::any_of(problem.mentors.begin(), problem.mentors.end(),
                                       [](const auto& m) { return m.person == PersonId{1}; })) {
            continue;
        }
        Mentor mentor{
            PersonId{person}, {}, capacity(random), coin(random) ? "Housing" : "Finance", grade(random)};
        for (const auto& area : areas) {
            if (coin(random)) {
                mentor.strengths[area] = strength(random);
            }
        }
        problem.mentors.push_back(mentor);
    }
    for (const auto& mentee : problem.mentees) {
        for (const auto& mentor : problem.mentors) {
            if (rarely(random)) {
                problem.excluded.insert({mentee.person, mentor.person});
            }
        }
    }
    if (rarely(random)) {
        problem.candidates.emplace();
        for (std::size_t i = 0; i < problem.mentees.size(); ++i) {
            for (std::size_t j = 0; j < problem.mentors.size(); ++j) {
                if (coin(random)) {
                    problem.candidates->emplace_back(i, j);
                }
            }
        }
    }
    return problem;
}

void expect_feasible(const MatchingProblem& problem, const MatchingResult& result) {
    std::vector<int> taken(problem.mentors.size(), 0);
    std::vector<int> times(problem.mentees.size(), 0);
    double total = 0.0;
    for (const auto& match : result.matches) {
        ASSERT_LT(match.mentee, problem.mentees.size());
        ASSERT_LT(match.mentor, problem.mentors.size());
        EXPECT_TRUE(allowed(problem, match.mentee, match.mentor));
        ++taken[match.mentor];
        ++times[match.mentee];
        total +=
            mentoring_fit(problem.mentees[match.mentee], problem.mentors[match.mentor], problem.preferences);
    }
    for (std::size_t j = 0; j < problem.mentors.size(); ++j) {
        EXPECT_LE(taken[j], problem.mentors[j].capacity);
    }
    for (std::size_t i = 0; i < problem.mentees.size(); ++i) {
        const bool unmatched =
            std::find(result.unmatched.begin(), result.unmatched.end(), i) != result.unmatched.end();
        EXPECT_EQ(times[i] + (unmatched ? 1 : 0), 1)
            << "mentee " << i << " is matched once or listed unmatched";
    }
    EXPECT_NEAR(result.total_fit, total, 1e-9);
}

} // namespace

TEST(MentorMatching, IsOptimalAgainstBruteForceOnSmallRandomProgrammes) {
    std::mt19937 random(7);
    int with_matches = 0;
    for (int round = 0; round < 400; ++round) {
        auto problem = random_problem(random);
        const double best = best_total_by_brute_force(problem);
        // Starting from each mentee's single best pair makes the pricing rounds do the work.
        for (const std::size_t first_arcs : {std::size_t{8}, std::size_t{1}}) {
            problem.solver_arcs_per_mentee = first_arcs;
            const auto result = match_mentors(problem);
            ASSERT_TRUE(result) << result.error().message;
            expect_feasible(problem, *result);
            EXPECT_NEAR(result->total_fit, best, 1e-5) << "round " << round << ", first arcs " << first_arcs;
            with_matches += result->matches.empty() || first_arcs == 1 ? 0 : 1;
        }
    }
    std::cout << with_matches << " of 400 programmes have matches\n";
    EXPECT_GT(with_matches, 200); // the random programmes are not trivially empty
}

TEST(MentorMatching, PricingReachesTheOptimumOfSolvingWithEveryPair) {
    // Programmes too large for brute force: starting from every pair (one solve, no pricing) is the
    // reference; starting from one or three pairs per mentee makes many pricing rounds, and a
    // shortlist that names some pairs twice must count them once.
    std::mt19937 random(11);
    int with_several_rounds = 0;
    for (int round = 0; round < 60; ++round) {
        auto problem = random_problem(random, 80, 20, 4);
        if (problem.candidates && !problem.candidates->empty()) {
            const auto twice = problem.candidates->size() / 3;
            for (std::size_t k = 0; k < twice; ++k) {
                problem.candidates->push_back((*problem.candidates)[k]);
            }
        }
        problem.solver_arcs_per_mentee = problem.mentors.size();
        const auto every_pair = match_mentors(problem);
        ASSERT_TRUE(every_pair) << every_pair.error().message;
        expect_feasible(problem, *every_pair);
        for (const std::size_t first_arcs : {std::size_t{1}, std::size_t{3}}) {
            problem.solver_arcs_per_mentee = first_arcs;
            const auto priced = match_mentors(problem);
            ASSERT_TRUE(priced) << priced.error().message;
            expect_feasible(problem, *priced);
            EXPECT_NEAR(priced->total_fit, every_pair->total_fit, 1e-5)
                << "round " << round << ", first arcs " << first_arcs;
        }
        with_several_rounds += problem.mentees.size() > 2 * problem.mentors.size() ? 1 : 0;
    }
    EXPECT_GT(with_several_rounds, 20); // most programmes have more mentees than mentors can take at once
}

TEST(MentorMatching, GivesEachMenteeTheMentorStrongWhereTheyWantToGrow) {
    MatchingProblem problem;
    problem.mentees = {{PersonId{1}, {collaborating}, "Housing", 2},
                       {PersonId{2}, {delivering}, "Housing", 2}};
    problem.mentors = {{PersonId{10}, {{delivering, 0.9}, {collaborating, 0.1}}, 1, "Finance", 3},
                       {PersonId{11}, {{collaborating, 0.6}}, 1, "Housing", 1}};
    problem.preferences.different_department = true;
    const auto result = match_mentors(problem).value();
    ASSERT_EQ(result.matches.size(), 2U);
    EXPECT_EQ(result.matches[0].mentor, 1U); // Sam (collaborating) with mentor 11
    EXPECT_EQ(result.matches[1].mentor, 0U);
    EXPECT_EQ(result.matches[1].reason.area, delivering);
    EXPECT_TRUE(result.matches[1].reason.different_department);
    EXPECT_FALSE(result.matches[0].reason.different_department);
    EXPECT_EQ(describe_reason(result.matches[1].reason, "Delivering", "Sam"),
              "Strong in Delivering, which Sam wants to develop; different department.");
    EXPECT_EQ(describe_reason(result.matches[0].reason, "Collaborating", "Ali"),
              "Strong in Collaborating, which Ali wants to develop.");
}

TEST(MentorMatching, SeniorityCountsOnlyWhenBothGradesAreKnown) {
    const Mentor senior{PersonId{10}, {{collaborating, 0.5}}, 1, "Housing", 5};
    MatchingPreferences preferences;
    preferences.more_senior = true;
    EXPECT_DOUBLE_EQ(mentoring_fit({PersonId{1}, {collaborating}, "Housing", 2}, senior, preferences), 0.75);
    EXPECT_DOUBLE_EQ(mentoring_fit({PersonId{1}, {collaborating}, "Housing", 0}, senior, preferences), 0.5);
}

TEST(MentorMatching, NeverMatchesAnExcludedPairOrSomeoneWithThemselves) {
    MatchingProblem problem;
    problem.mentees = {{PersonId{1}, {collaborating}, "", 0}, {PersonId{2}, {collaborating}, "", 0}};
    problem.mentors = {{PersonId{1}, {{collaborating, 1.0}}, 2, "", 0},
                       {PersonId{3}, {{collaborating, 0.2}}, 2, "", 0}};
    problem.excluded = {{PersonId{2}, PersonId{1}}}; // say, mentor 1 rated mentee 2 this cycle
    const auto result = match_mentors(problem).value();
    ASSERT_EQ(result.matches.size(), 2U);
    EXPECT_EQ(problem.mentors[result.matches[0].mentor].person, PersonId{3});
    EXPECT_EQ(problem.mentors[result.matches[1].mentor].person, PersonId{3});
}

TEST(MentorMatching, CapacityGoesToTheBestFitsAndTheRestAreListedUnmatched) {
    MatchingProblem problem;
    problem.mentees = {{PersonId{1}, {collaborating}, "", 0},
                       {PersonId{2}, {collaborating, delivering}, "", 0},
                       {PersonId{3}, {innovating}, "", 0},
                       {PersonId{4}, {delivering}, "", 0}};
    problem.mentors = {{PersonId{10}, {{collaborating, 0.5}, {delivering, 0.4}}, 2, "", 0}};
    const auto result = match_mentors(problem).value();
    ASSERT_EQ(result.matches.size(), 2U);
    EXPECT_EQ(result.matches[0].mentee, 0U);
    EXPECT_EQ(result.matches[1].mentee, 1U);
    EXPECT_EQ(result.unmatched, (std::vector<std::size_t>{2, 3}));
    EXPECT_NEAR(result.total_fit, 0.5 + 0.9, 1e-12);
}

TEST(MentorMatching, AShortlistLimitsThePairsConsidered) {
    MatchingProblem problem;
    problem.mentees = {{PersonId{1}, {collaborating}, "", 0}};
    problem.mentors = {{PersonId{10}, {{collaborating, 0.9}}, 1, "", 0},
                       {PersonId{11}, {{collaborating, 0.1}}, 1, "", 0}};
    problem.candidates = std::vector<std::pair<std::size_t, std::size_t>>{{0, 1}, {0, 1}};
    const auto result = match_mentors(problem).value();
    ASSERT_EQ(result.matches.size(), 1U);
    EXPECT_EQ(result.matches[0].mentor, 1U);
}

TEST(MentorMatching, SameInputSameMatches) {
    std::mt19937 random(11);
    for (int round = 0; round < 20; ++round) {
        const auto problem = random_problem(random);
        const auto first = match_mentors(problem).value();
        const auto second = match_mentors(problem).value();
        ASSERT_EQ(first.matches.size(), second.matches.size());
        for (std::size_t k = 0; k < first.matches.size(); ++k) {
            EXPECT_EQ(first.matches[k].mentee, second.matches[k].mentee);
            EXPECT_EQ(first.matches[k].mentor, second.matches[k].mentor);
        }
    }
}

TEST(MentorMatching, BadInputNamesTheProblem) {
    MatchingProblem problem;
    problem.mentees = {{PersonId{1}, {collaborating}, "", 0}};
    problem.mentors = {{PersonId{10}, {{collaborating, 0.9}}, -1, "", 0}};
    auto result = match_mentors(problem);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message, "Mentor 10 has a capacity below zero; give 0 or more mentees.");

    problem.mentors[0].capacity = 1;
    problem.mentees.push_back(problem.mentees[0]);
    result = match_mentors(problem);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message, "Person 1 is listed twice as a mentee.");

    problem.mentees.pop_back();
    problem.candidates = std::vector<std::pair<std::size_t, std::size_t>>{{0, 5}};
    result = match_mentors(problem);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
}

TEST(MentorMatchingKeeping, AKeptPairStaysAndTheRestAreMatchedAsWellAsTheyCanBeAroundIt) {
    std::mt19937 random(20261201);
    int tried = 0;
    for (int trial = 0; trial < 300; ++trial) {
        auto problem = random_problem(random);
        problem.candidates.reset();
        std::optional<KeptPair> keep;
        for (std::size_t i = 0; i < problem.mentees.size() && !keep; ++i) {
            for (std::size_t j = 0; j < problem.mentors.size() && !keep; ++j) {
                if (problem.mentors[j].capacity > 0 && allowed(problem, i, j)) {
                    keep = KeptPair{i, j};
                }
            }
        }
        if (!keep) {
            continue;
        }
        ++tried;
        const auto result = match_mentors_keeping(problem, {*keep}).value();
        expect_feasible(problem, result);
        EXPECT_TRUE(std::any_of(result.matches.begin(), result.matches.end(), [&](const Match& match) {
            return match.mentee == keep->mentee && match.mentor == keep->mentor;
        }));
        // Worked out apart: the kept pair's fit, and the best of everyone else with that place taken.
        MatchingProblem rest = problem;
        rest.mentees.erase(rest.mentees.begin() + static_cast<long>(keep->mentee));
        --rest.mentors[keep->mentor].capacity;
        const double kept_fit =
            mentoring_fit(problem.mentees[keep->mentee], problem.mentors[keep->mentor], problem.preferences);
        EXPECT_NEAR(result.total_fit, kept_fit + best_total_by_brute_force(rest), 1e-6);
        EXPECT_LE(result.total_fit, best_total_by_brute_force(problem) + 1e-6)
            << "keeping never beats the best";
    }
    EXPECT_GT(tried, 100);
}

TEST(MentorMatchingKeeping, RefusesAPairThatIsNotAllowedHasNoFitOrNoRoom) {
    MatchingProblem problem;
    problem.mentees = {{PersonId{1}, {collaborating}, "", 0},
                       {PersonId{2}, {collaborating}, "", 0},
                       {PersonId{3}, {innovating}, "", 0}};
    problem.mentors = {{PersonId{10}, {{collaborating, 0.5}}, 1, "", 0}};
    problem.excluded = {{PersonId{2}, PersonId{10}}};
    EXPECT_TRUE(match_mentors_keeping(problem, {{0, 0}}));
    EXPECT_EQ(match_mentors_keeping(problem, {{1, 0}}).error().code, ErrorCode::InvalidInput) << "excluded";
    EXPECT_NE(match_mentors_keeping(problem, {{2, 0}}).error().message.find("is not strong in anything"),
              std::string::npos);
    problem.excluded.clear();
    EXPECT_NE(match_mentors_keeping(problem, {{0, 0}, {1, 0}}).error().message.find("no room"),
              std::string::npos);
    EXPECT_NE(match_mentors_keeping(problem, {{0, 0}, {0, 0}}).error().message.find("two mentors"),
              std::string::npos);
    EXPECT_FALSE(match_mentors_keeping(problem, {{5, 0}}));
    // Without a kept pair, the same as matching.
    EXPECT_NEAR(match_mentors_keeping(problem, {}).value().total_fit,
                match_mentors(problem).value().total_fit, 1e-12);
}
