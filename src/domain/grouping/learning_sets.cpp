#include "domain/grouping/learning_sets.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "domain/people/org_unit.hpp"

namespace leadline::domain {

namespace {

constexpr double unit_weight = 3.0;
constexpr double profession_weight = 2.0;
constexpr double field_weight = 1.0; // grade, region, equality field

double differs(const std::string& a, const std::string& b, double weight) {
    return !a.empty() && !b.empty() && a != b ? weight : 0.0;
}

std::string team_of(const SetParticipant& participant) {
    return join_unit_path(participant.unit_path);
}

bool in_line_chain(const SetParticipant& person, const std::string& email) {
    return std::find(person.line_chain.begin(), person.line_chain.end(), email) != person.line_chain.end();
}

std::string plural(std::size_t count, const std::string& one, const std::string& many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

// The fewest sets that can hold everyone: the most people per set makes the most pairs, and so the
// most chances to meet someone different.
Result<std::size_t> number_of_sets(std::size_t people, SetSizes sizes) {
    if (sizes.smallest < 2 || sizes.largest < sizes.smallest) {
        return fail(ErrorCode::InvalidInput, "A set size must be a range such as 6-8, from at least 2.");
    }
    if (people < sizes.smallest) {
        return fail(ErrorCode::InvalidInput, plural(people, "person is", "people are") +
                                                 " too few for one set of at least " +
                                                 std::to_string(sizes.smallest) + ".");
    }
    const auto sets = (people + sizes.largest - 1) / sizes.largest;
    if (sets * sizes.smallest > people) {
        return fail(ErrorCode::InvalidInput,
                    plural(people, "person", "people") + " cannot make sets of " +
                        std::to_string(sizes.smallest) + " to " + std::to_string(sizes.largest) + ": " +
                        plural(sets - 1, "set holds", "sets hold") + " at most " +
                        std::to_string((sets - 1) * sizes.largest) + " and " + std::to_string(sets) +
                        " need at least " + std::to_string(sets * sizes.smallest) + ". Widen the range.");
    }
    return sets;
}

// Every pair that must not share a set, or a message naming why the rules cannot all be kept.
Result<std::vector<std::pair<std::size_t, std::size_t>>>
pairs_to_keep_apart(const std::vector<SetParticipant>& participants, std::size_t sets,
                    const std::vector<KeepApart>& keep_apart) {
    std::unordered_map<std::string, std::size_t> index_of;
    std::map<std::string, std::size_t> team_sizes;
    std::vector<std::string> teams;
    for (std::size_t i = 0; i < participants.size(); ++i) {
        if (!index_of.emplace(participants[i].email, i).second) {
            return fail(ErrorCode::InvalidInput, participants[i].email + " is listed twice.");
        }
        teams.push_back(team_of(participants[i]));
        ++team_sizes[teams.back()];
    }
    for (const auto& [team, size] : team_sizes) {
        if (!team.empty() && size > sets) {
            return fail(ErrorCode::InvalidInput,
                        "The team " + team + " has " + std::to_string(size) +
                            " participants but there are only " + plural(sets, "set", "sets") +
                            ", and people from the same team are never put together. Take some of them out "
                            "or make the sets smaller.");
        }
    }
    std::set<std::pair<std::size_t, std::size_t>> pairs;
    for (std::size_t a = 0; a < participants.size(); ++a) {
        for (std::size_t b = a + 1; b < participants.size(); ++b) {
            if ((!teams[a].empty() && teams[a] == teams[b]) ||
                in_line_chain(participants[a], participants[b].email) ||
                in_line_chain(participants[b], participants[a].email)) {
                pairs.emplace(a, b);
            }
        }
    }
    for (const auto& [first, second] : keep_apart) {
        const auto a = index_of.find(first);
        const auto b = index_of.find(second);
        if (a == index_of.end() || b == index_of.end()) {
            return fail(ErrorCode::InvalidInput, "A pair to keep apart names " +
                                                     (a == index_of.end() ? first : second) +
                                                     ", who is not among the participants.");
        }
        if (a->second == b->second) {
            return fail(ErrorCode::InvalidInput, first + " is asked to be kept apart from themselves.");
        }
        pairs.emplace(std::min(a->second, b->second), std::max(a->second, b->second));
    }
    return std::vector<std::pair<std::size_t, std::size_t>>(pairs.begin(), pairs.end());
}

} // namespace

LearningSet describe_learning_set(const std::vector<SetParticipant>& participants,
                                  std::vector<std::size_t> members) {
    LearningSet set;
    std::set<std::string> departments;
    std::set<std::string> teams;
    std::set<std::string> professions;
    std::set<std::string> grades;
    std::set<std::string> regions;
    for (const auto m : members) {
        const auto& person = participants[m];
        if (!person.unit_path.empty()) {
            departments.insert(person.unit_path.front());
            teams.insert(team_of(person));
        }
        for (auto [field, seen] : {std::pair{&person.profession, &professions},
                                   std::pair{&person.grade, &grades}, std::pair{&person.region, &regions}}) {
            if (!field->empty()) {
                seen->insert(*field);
            }
        }
        for (const auto other : members) {
            if (other > m) {
                set.diversity += participant_dissimilarity(person, participants[other]);
            }
        }
    }
    set.members = std::move(members);
    set.departments = departments.size();
    set.teams = teams.size();
    set.professions = professions.size();
    set.grades = grades.size();
    set.regions = regions.size();
    return set;
}

double participant_dissimilarity(const SetParticipant& a, const SetParticipant& b) {
    double d = 0.0;
    const auto longer = std::max(a.unit_path.size(), b.unit_path.size());
    if (!a.unit_path.empty() && !b.unit_path.empty()) {
        std::size_t shared = 0;
        while (shared < a.unit_path.size() && shared < b.unit_path.size() &&
               a.unit_path[shared] == b.unit_path[shared]) {
            ++shared;
        }
        d += unit_weight * static_cast<double>(longer - shared) / static_cast<double>(longer);
    }
    d += differs(a.profession, b.profession, profession_weight);
    d += differs(a.grade, b.grade, field_weight);
    d += differs(a.region, b.region, field_weight);
    d += differs(a.equality, b.equality, field_weight);
    return d;
}

Result<LearningSetPlan> form_learning_sets(const std::vector<SetParticipant>& participants, SetSizes sizes,
                                           const std::vector<KeepApart>& keep_apart,
                                           const GroupingSearch& search) {
    const auto sets = number_of_sets(participants.size(), sizes);
    if (!sets) {
        return fail(sets.error());
    }
    auto apart = pairs_to_keep_apart(participants, *sets, keep_apart);
    if (!apart) {
        return fail(apart.error());
    }
    GroupingInstance instance;
    instance.elements = participants.size();
    instance.group_sizes.assign(*sets, {sizes.smallest, sizes.largest});
    instance.dissimilarity.assign(instance.elements * instance.elements, 0.0);
    for (std::size_t a = 0; a < instance.elements; ++a) {
        for (std::size_t b = a + 1; b < instance.elements; ++b) {
            const auto d = participant_dissimilarity(participants[a], participants[b]);
            instance.dissimilarity[a * instance.elements + b] = d;
            instance.dissimilarity[b * instance.elements + a] = d;
        }
    }
    GroupingRules rules;
    rules.apart = std::move(*apart);
    for (const auto& person : participants) {
        rules.element_names.push_back(person.name.empty() ? person.email
                                                          : person.name + " (" + person.email + ")");
    }
    const auto grouping = diverse_grouping(instance, rules, search);
    if (!grouping) {
        return fail(grouping.error());
    }
    std::vector<std::vector<std::size_t>> members(*sets);
    for (std::size_t e = 0; e < participants.size(); ++e) {
        members[grouping->group_of[e]].push_back(e);
    }
    // Sets in a stable order, by their first member, so the same grouping always prints the same way.
    std::sort(members.begin(), members.end());
    LearningSetPlan plan;
    for (auto& set : members) {
        plan.sets.push_back(describe_learning_set(participants, std::move(set)));
        plan.diversity += plan.sets.back().diversity;
    }
    return plan;
}

std::string describe_set(const LearningSet& set) {
    return plural(set.departments, "department", "departments") + ", " + plural(set.teams, "team", "teams") +
           ", " + plural(set.professions, "profession", "professions") + ", " +
           plural(set.grades, "grade", "grades") + ", " + plural(set.regions, "region", "regions");
}

} // namespace leadline::domain
