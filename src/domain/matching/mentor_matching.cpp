#include "domain/matching/mentor_matching.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

namespace leadline::domain {

namespace {

// Fits become integer costs for the network simplex; a millionth of a scale point is far below
// anything a report can tell apart.
constexpr double cost_scale = 1e6;

struct BestArea {
    const AttributeId* area = nullptr;
    double strength = 0.0;
    double total = 0.0;
};

BestArea strengths_for(const Mentee& mentee, const Mentor& mentor) {
    BestArea best;
    for (const auto& area : mentee.to_develop) {
        const auto found = mentor.strengths.find(area);
        if (found == mentor.strengths.end() || found->second <= 0.0) {
            continue;
        }
        best.total += found->second;
        if (best.area == nullptr || found->second > best.strength) {
            best.area = &area;
            best.strength = found->second;
        }
    }
    return best;
}

bool different_departments(const Mentee& mentee, const Mentor& mentor) {
    return !mentee.department.empty() && !mentor.department.empty() && mentee.department != mentor.department;
}

Result<void> check(const MatchingProblem& problem) {
    std::set<PersonId> seen;
    for (const auto& mentee : problem.mentees) {
        if (!seen.insert(mentee.person).second) {
            return fail(ErrorCode::InvalidInput,
                        "Person " + std::to_string(mentee.person.value()) + " is listed twice as a mentee.");
        }
    }
    seen.clear();
    for (const auto& mentor : problem.mentors) {
        if (!seen.insert(mentor.person).second) {
            return fail(ErrorCode::InvalidInput,
                        "Person " + std::to_string(mentor.person.value()) + " is listed twice as a mentor.");
        }
        if (mentor.capacity < 0) {
            return fail(ErrorCode::InvalidInput, "Mentor " + std::to_string(mentor.person.value()) +
                                                     " has a capacity below zero; give 0 or more mentees.");
        }
    }
    if (problem.candidates) {
        for (const auto& [mentee, mentor] : *problem.candidates) {
            if (mentee >= problem.mentees.size() || mentor >= problem.mentors.size()) {
                return fail(ErrorCode::InvalidInput,
                            "A candidate pair names a mentee or mentor that is not listed.");
            }
        }
    }
    return {};
}

} // namespace

double mentoring_fit(const Mentee& mentee, const Mentor& mentor, const MatchingPreferences& preferences) {
    const auto best = strengths_for(mentee, mentor);
    if (best.total <= 0.0) {
        return 0.0;
    }
    double fit = best.total;
    if (preferences.different_department && different_departments(mentee, mentor)) {
        fit += preferences.bonus;
    }
    if (preferences.more_senior && mentor.grade_rank > mentee.grade_rank) {
        fit += preferences.bonus;
    }
    return fit;
}

Result<MatchingResult> match_mentors(const MatchingProblem& problem) {
    if (auto checked = check(problem); !checked) {
        return fail(checked.error());
    }
    using Graph = lemon::SmartDigraph;
    Graph graph;
    const auto mentee_count = problem.mentees.size();
    const auto mentor_count = problem.mentors.size();
    graph.reserveNode(static_cast<int>(mentee_count + mentor_count + 1));
    std::vector<Graph::Node> mentee_nodes;
    std::vector<Graph::Node> mentor_nodes;
    for (std::size_t i = 0; i < mentee_count; ++i) {
        mentee_nodes.push_back(graph.addNode());
    }
    for (std::size_t j = 0; j < mentor_count; ++j) {
        mentor_nodes.push_back(graph.addNode());
    }
    const auto sink = graph.addNode();

    struct PairArc {
        std::size_t mentee;
        std::size_t mentor;
        double fit;
    };
    std::vector<PairArc> pairs;
    auto consider = [&](std::size_t i, std::size_t j) {
        const auto& mentee = problem.mentees[i];
        const auto& mentor = problem.mentors[j];
        if (mentee.person == mentor.person || mentor.capacity == 0 ||
            problem.excluded.contains({mentee.person, mentor.person})) {
            return;
        }
        const double fit = mentoring_fit(mentee, mentor, problem.preferences);
        if (std::llround(fit * cost_scale) > 0) {
            pairs.push_back({i, j, fit});
        }
    };
    if (problem.candidates) {
        for (const auto& [i, j] : *problem.candidates) {
            consider(i, j);
        }
        // A shortlist may name a pair twice; one arc each.
        std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) {
            return std::tie(a.mentee, a.mentor) < std::tie(b.mentee, b.mentor);
        });
        pairs.erase(std::unique(pairs.begin(), pairs.end(),
                                [](const auto& a, const auto& b) {
                                    return a.mentee == b.mentee && a.mentor == b.mentor;
                                }),
                    pairs.end());
    } else {
        for (std::size_t i = 0; i < mentee_count; ++i) {
            for (std::size_t j = 0; j < mentor_count; ++j) {
                consider(i, j);
            }
        }
    }

    graph.reserveArc(static_cast<int>(pairs.size() + mentee_count + mentor_count));
    Graph::ArcMap<int> capacity(graph);
    Graph::ArcMap<long long> cost(graph);
    Graph::NodeMap<int> supply(graph, 0);
    std::vector<Graph::Arc> pair_arcs;
    pair_arcs.reserve(pairs.size());
    for (const auto& pair : pairs) {
        const auto arc = graph.addArc(mentee_nodes[pair.mentee], mentor_nodes[pair.mentor]);
        capacity[arc] = 1;
        cost[arc] = -std::llround(pair.fit * cost_scale);
        pair_arcs.push_back(arc);
    }
    for (std::size_t i = 0; i < mentee_count; ++i) {
        const auto unmatched = graph.addArc(mentee_nodes[i], sink); // leaving someone unmatched costs nothing
        capacity[unmatched] = 1;
        cost[unmatched] = 0;
        supply[mentee_nodes[i]] = 1;
    }
    for (std::size_t j = 0; j < mentor_count; ++j) {
        const auto taken = graph.addArc(mentor_nodes[j], sink);
        capacity[taken] = problem.mentors[j].capacity;
        cost[taken] = 0;
    }
    supply[sink] = -static_cast<int>(mentee_count);

    lemon::NetworkSimplex<Graph, int, long long> simplex(graph);
    simplex.upperMap(capacity).costMap(cost).supplyMap(supply);
    if (simplex.run() != lemon::NetworkSimplex<Graph, int, long long>::OPTIMAL) {
        return fail(ErrorCode::Internal, "The mentor matching found no solution; please report this.");
    }

    MatchingResult result;
    std::vector<bool> matched(mentee_count, false);
    for (std::size_t k = 0; k < pairs.size(); ++k) {
        if (simplex.flow(pair_arcs[k]) == 0) {
            continue;
        }
        const auto& pair = pairs[k];
        const auto& mentee = problem.mentees[pair.mentee];
        const auto& mentor = problem.mentors[pair.mentor];
        const auto best = strengths_for(mentee, mentor);
        MatchReason reason{*best.area, best.strength,
                           problem.preferences.different_department && different_departments(mentee, mentor),
                           problem.preferences.more_senior && mentor.grade_rank > mentee.grade_rank};
        result.matches.push_back({pair.mentee, pair.mentor, pair.fit, std::move(reason)});
        result.total_fit += pair.fit;
        matched[pair.mentee] = true;
    }
    std::sort(result.matches.begin(), result.matches.end(),
              [](const auto& a, const auto& b) { return a.mentee < b.mentee; });
    for (std::size_t i = 0; i < mentee_count; ++i) {
        if (!matched[i]) {
            result.unmatched.push_back(i);
        }
    }
    return result;
}

std::string describe_reason(const MatchReason& reason, const std::string& area_name,
                            const std::string& mentee_name) {
    std::string text = "Strong in " + area_name + ", which " + mentee_name + " wants to develop";
    if (reason.different_department) {
        text += "; different department";
    }
    if (reason.more_senior) {
        text += "; more senior grade";
    }
    return text + ".";
}

} // namespace leadline::domain
