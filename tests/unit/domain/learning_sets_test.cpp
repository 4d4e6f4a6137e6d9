#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "domain/core/rng.hpp"
#include "domain/grouping/learning_sets.hpp"
#include "support/short_search.hpp"

using namespace leadline::domain;

namespace {

SetParticipant person(std::string email, std::vector<std::string> units, std::string profession,
                      std::string grade = "G7", std::string region = "North") {
    SetParticipant p;
    p.email = std::move(email);
    p.name = p.email;
    p.unit_path = std::move(units);
    p.profession = std::move(profession);
    p.grade = std::move(grade);
    p.region = std::move(region);
    return p;
}

// An organisation of departments, directorates and teams, each team with a manager who reports to
// the directorate's head; professions, grades and regions drawn at random.
std::vector<SetParticipant> random_organisation(std::uint64_t seed, std::size_t teams) {
    Rng rng(seed);
    const std::vector<std::string> professions{"Finance", "Social work", "Policy", "Digital", "HR", "Legal"};
    const std::vector<std::string> grades{"G6", "G7", "SEO", "HEO"};
    const std::vector<std::string> regions{"North", "South", "Wales", "London"};
    auto pick = [&rng](const std::vector<std::string>& from) {
        return from[static_cast<std::size_t>(rng.between(0, static_cast<std::int64_t>(from.size()) - 1))];
    };
    std::vector<SetParticipant> people;
    for (std::size_t t = 0; t < teams; ++t) {
        const std::vector<std::string> units{"Dept" + std::to_string(t % 3), "Dir" + std::to_string(t % 5),
                                             "Team" + std::to_string(t)};
        const auto head = "head" + std::to_string(t % 5) + "@org.uk";
        const auto members = static_cast<std::size_t>(rng.between(1, 4));
        for (std::size_t m = 0; m < members; ++m) {
            auto p = person("p" + std::to_string(t) + "_" + std::to_string(m) + "@org.uk", units,
                            pick(professions), pick(grades), pick(regions));
            p.line_chain = {"lead" + std::to_string(t) + "@org.uk", head};
            people.push_back(std::move(p));
        }
        if (rng.chance(0.5)) { // the team's manager takes part too
            auto lead =
                person("lead" + std::to_string(t) + "@org.uk", {units[0], units[1]}, pick(professions));
            lead.line_chain = {head};
            people.push_back(std::move(lead));
        }
    }
    return people;
}

bool in_chain(const SetParticipant& a, const SetParticipant& b) {
    return std::find(a.line_chain.begin(), a.line_chain.end(), b.email) != a.line_chain.end();
}

} // namespace

TEST(LearningSets, UnitsCloserInTheTreeCountAsMoreAlike) {
    const auto a = person("a@x", {"Housing", "Repairs", "North"}, "Surveyor");
    const auto same_directorate = person("b@x", {"Housing", "Repairs", "South"}, "Surveyor");
    const auto same_department = person("c@x", {"Housing", "Lettings", "East"}, "Surveyor");
    const auto other_department = person("d@x", {"Finance", "Audit", "East"}, "Surveyor");
    EXPECT_DOUBLE_EQ(participant_dissimilarity(a, same_directorate), 1.0);
    EXPECT_DOUBLE_EQ(participant_dissimilarity(a, same_department), 2.0);
    EXPECT_DOUBLE_EQ(participant_dissimilarity(a, other_department), 3.0);
    EXPECT_DOUBLE_EQ(participant_dissimilarity(
                         a, person("e@x", {"Housing", "Repairs", "North"}, "Planner", "G6", "Wales")),
                     4.0);
    auto unrecorded = person("f@x", {"Housing", "Repairs", "North"}, "", "", "");
    EXPECT_DOUBLE_EQ(participant_dissimilarity(a, unrecorded), 0.0)
        << "a field counts only when both have it";
    auto with_equality = a;
    with_equality.equality = "Female";
    auto other_equality = a;
    other_equality.equality = "Male";
    EXPECT_DOUBLE_EQ(participant_dissimilarity(with_equality, other_equality), 1.0);
}

TEST(LearningSets, MixesProfessionsWhenThatIsWhatMakesPeopleDifferent) {
    std::vector<SetParticipant> people;
    for (int i = 0; i < 8; ++i) {
        people.push_back(person("p" + std::to_string(i) + "@x", {"Council", "Team" + std::to_string(i)},
                                i < 4 ? "Finance" : "Social work"));
    }
    const auto plan = form_learning_sets(people, {4, 4}, {}, leadline::testing::short_search(1, 20)).value();
    ASSERT_EQ(plan.sets.size(), 2U);
    for (const auto& set : plan.sets) {
        EXPECT_EQ(set.professions, 2U);
        const auto finance = std::count_if(set.members.begin(), set.members.end(),
                                           [&](auto m) { return people[m].profession == "Finance"; });
        EXPECT_EQ(finance, 2) << "two from each profession in each set is the most diverse";
        EXPECT_EQ(describe_set(set), "1 department, 4 teams, 2 professions, 1 grade, 1 region");
    }
}

TEST(LearningSets, NeverPutsTeamsLineChainsOrKeptApartPairsTogetherOnRandomOrganisations) {
    for (std::uint64_t seed = 1; seed <= 8; ++seed) {
        const auto people = random_organisation(seed, 30);
        std::vector<KeepApart> keep_apart{{people[0].email, people[5].email},
                                          {people[1].email, people[9].email}};
        const auto plan =
            form_learning_sets(people, {6, 8}, keep_apart, leadline::testing::short_search(seed, 10));
        ASSERT_TRUE(plan) << plan.error().message;
        std::set<std::size_t> placed;
        double total = 0.0;
        for (const auto& set : plan->sets) {
            EXPECT_GE(set.members.size(), 6U);
            EXPECT_LE(set.members.size(), 8U);
            double diversity = 0.0;
            for (const auto a : set.members) {
                EXPECT_TRUE(placed.insert(a).second) << "placed twice";
                for (const auto b : set.members) {
                    if (a >= b) {
                        continue;
                    }
                    diversity += participant_dissimilarity(people[a], people[b]);
                    EXPECT_NE(people[a].unit_path, people[b].unit_path) << "same team, seed " << seed;
                    EXPECT_FALSE(in_chain(people[a], people[b]) || in_chain(people[b], people[a]))
                        << "line chain, seed " << seed;
                    for (const auto& pair : keep_apart) {
                        EXPECT_FALSE((people[a].email == pair.first && people[b].email == pair.second) ||
                                     (people[a].email == pair.second && people[b].email == pair.first));
                    }
                }
            }
            EXPECT_NEAR(set.diversity, diversity, 1e-9);
            total += diversity;
        }
        EXPECT_EQ(placed.size(), people.size());
        EXPECT_NEAR(plan->diversity, total, 1e-9);
    }
}

TEST(LearningSets, TheSameSeedGivesTheSameSets) {
    const auto people = random_organisation(4, 25);
    const auto first = form_learning_sets(people, {5, 7}, {}, leadline::testing::short_search(9, 5)).value();
    const auto second = form_learning_sets(people, {5, 7}, {}, leadline::testing::short_search(9, 5)).value();
    ASSERT_EQ(first.sets.size(), second.sets.size());
    for (std::size_t s = 0; s < first.sets.size(); ++s) {
        EXPECT_EQ(first.sets[s].members, second.sets[s].members);
    }
}

TEST(LearningSets, ImpossibleSizesAndRulesGetAMessageNamingTheConflict) {
    std::vector<SetParticipant> people;
    for (int i = 0; i < 34; ++i) {
        people.push_back(
            person("p" + std::to_string(i) + "@x", {"Council", "Team" + std::to_string(i)}, "Policy"));
    }
    EXPECT_EQ(
        form_learning_sets(people, {9, 10}, {}, leadline::testing::short_search(1, 1)).error().message,
        "34 people cannot make sets of 9 to 10: 3 sets hold at most 30 and 4 need at least 36. Widen the "
        "range.");
    EXPECT_EQ(form_learning_sets({people.begin(), people.begin() + 4}, {6, 8}, {},
                                 leadline::testing::short_search(1, 1))
                  .error()
                  .message,
              "4 people are too few for one set of at least 6.");
    EXPECT_EQ(
        form_learning_sets(people, {6, 8}, {{"p1@x", "nobody@x"}}, leadline::testing::short_search(1, 1))
            .error()
            .message,
        "A pair to keep apart names nobody@x, who is not among the participants.");

    for (int i = 0; i < 6; ++i) {
        people[static_cast<std::size_t>(i)].unit_path = {"Council", "Planning"};
    }
    EXPECT_EQ(form_learning_sets(people, {6, 8}, {}, leadline::testing::short_search(1, 1)).error().message,
              "The team Council/Planning has 6 participants but there are only 5 sets, and people from the "
              "same team are never put together. Take some of them out or make the sets smaller.");
}
