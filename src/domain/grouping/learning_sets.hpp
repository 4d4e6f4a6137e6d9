#pragma once

#include <string>
#include <vector>

#include "domain/core/result.hpp"
#include "domain/grouping/diverse_grouping.hpp"

namespace leadline::domain {

// Someone to place in a learning set, described by what makes people alike or different.
struct SetParticipant {
    std::string email;
    std::string name;
    std::vector<std::string> unit_path; // unit names, top first; the whole path is their team
    std::string profession;
    std::string grade;
    std::string region;
    std::string equality;                // an equality field, when the organisation records one
    std::vector<std::string> line_chain; // their managers' emails, nearest first
};

struct SetSizes {
    std::size_t smallest = 6;
    std::size_t largest = 8;
};

// Two people to keep in different sets, by email.
struct KeepApart {
    std::string first;
    std::string second;
};

// How different two people are: 3 for the units (scaled by how far apart they sit in the tree),
// 2 for a different profession, 1 each for a different grade, region and equality field. A field
// counts only when both people have it recorded. docs/methodology/grouping.md explains the weights.
[[nodiscard]] double participant_dissimilarity(const SetParticipant& a, const SetParticipant& b);

struct LearningSet {
    std::vector<std::size_t> members; // indexes into the participants, in their order
    double diversity = 0.0;           // the sum of its pairs' dissimilarities
    // What the set brings together, for the explanation printed beside it.
    std::size_t departments = 0;
    std::size_t teams = 0;
    std::size_t professions = 0;
    std::size_t grades = 0;
    std::size_t regions = 0;
};

struct LearningSetPlan {
    std::vector<LearningSet> sets;
    double diversity = 0.0;
};

// Learning sets as diverse as the search finds, sizes within bounds, and never with two people from
// the same team, anyone with someone in their line chain, or a pair asked to be kept apart. When
// the sizes or the rules cannot be met, the message names the conflict.
[[nodiscard]] Result<LearningSetPlan> form_learning_sets(const std::vector<SetParticipant>& participants,
                                                         SetSizes sizes,
                                                         const std::vector<KeepApart>& keep_apart,
                                                         const GroupingSearch& search);

// A set of these participants with what it brings together and its diversity.
[[nodiscard]] LearningSet describe_learning_set(const std::vector<SetParticipant>& participants,
                                                std::vector<std::size_t> members);

// "3 departments, 6 teams, 5 professions, 4 grades, 2 regions": why the set is diverse, in words.
[[nodiscard]] std::string describe_set(const LearningSet& set);

} // namespace leadline::domain
