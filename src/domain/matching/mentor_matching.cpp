#include "domain/matching/mentor_matching.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
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

// Only when both grades are known (rank above 0).
bool more_senior(int mentor_rank, int mentee_rank) {
    return mentee_rank > 0 && mentor_rank > mentee_rank;
}

struct AllowedPair {
    std::size_t mentee = 0;
    std::size_t mentor = 0;
    long long cost = 0; // minus the fit in millionths
    double fit = 0.0;
};

// Every pair that may be matched and has a fit, grouped by mentee: pairs[first[i], first[i + 1]).
struct AllowedPairs {
    std::vector<AllowedPair> pairs;
    std::vector<std::size_t> first;
};

// The fits of many pairs, computed with attributes and departments numbered once, rather than
// looked up by name for every pair; the same sums, in the same order, as mentoring_fit.
class FitTable {
  public:
    explicit FitTable(const MatchingProblem& problem) : m_problem(problem) {
        std::map<AttributeId, int> attribute_number;
        for (const auto& mentor : problem.mentors) {
            for (const auto& [area, strength] : mentor.strengths) {
                attribute_number.emplace(area, static_cast<int>(attribute_number.size()));
            }
        }
        m_attributes = attribute_number.size();
        m_strengths.assign(problem.mentors.size() * m_attributes, 0.0);
        for (std::size_t j = 0; j < problem.mentors.size(); ++j) {
            for (const auto& [area, strength] : problem.mentors[j].strengths) {
                m_strengths[j * m_attributes + static_cast<std::size_t>(attribute_number.at(area))] =
                    strength > 0.0 ? strength : 0.0;
            }
        }
        for (const auto& mentee : problem.mentees) {
            std::vector<std::size_t> areas;
            for (const auto& area : mentee.to_develop) {
                if (const auto found = attribute_number.find(area); found != attribute_number.end()) {
                    areas.push_back(static_cast<std::size_t>(found->second));
                }
            }
            m_areas.push_back(std::move(areas));
            m_mentee_department.push_back(department_number(mentee.department));
        }
        for (const auto& mentor : problem.mentors) {
            m_mentor_department.push_back(department_number(mentor.department));
        }
    }

    [[nodiscard]] double fit(std::size_t i, std::size_t j) const {
        double total = 0.0;
        const double* strengths = m_strengths.data() + j * m_attributes;
        for (const auto area : m_areas[i]) {
            total += strengths[area];
        }
        if (total <= 0.0) {
            return 0.0;
        }
        const auto& preferences = m_problem.preferences;
        if (preferences.different_department && m_mentee_department[i] != 0 && m_mentor_department[j] != 0 &&
            m_mentee_department[i] != m_mentor_department[j]) {
            total += preferences.bonus;
        }
        if (preferences.more_senior &&
            more_senior(m_problem.mentors[j].grade_rank, m_problem.mentees[i].grade_rank)) {
            total += preferences.bonus;
        }
        return total;
    }

  private:
    // 0 for an unknown (empty) department.
    int department_number(const std::string& department) {
        if (department.empty()) {
            return 0;
        }
        return m_departments.emplace(department, static_cast<int>(m_departments.size()) + 1).first->second;
    }

    const MatchingProblem& m_problem;
    std::size_t m_attributes = 0;
    std::vector<double> m_strengths; // mentor-major; positive strengths only
    std::vector<std::vector<std::size_t>> m_areas;
    std::map<std::string, int> m_departments;
    std::vector<int> m_mentee_department;
    std::vector<int> m_mentor_department;
};

AllowedPairs allowed_pairs(const MatchingProblem& problem) {
    AllowedPairs allowed;
    const FitTable fits(problem);
    auto consider = [&](std::size_t i, std::size_t j) {
        const auto& mentee = problem.mentees[i];
        const auto& mentor = problem.mentors[j];
        if (mentee.person == mentor.person || mentor.capacity == 0 ||
            (!problem.excluded.empty() && problem.excluded.contains({mentee.person, mentor.person}))) {
            return;
        }
        const double fit = fits.fit(i, j);
        const long long cost = -std::llround(fit * cost_scale);
        if (cost < 0) {
            allowed.pairs.push_back({i, j, cost, fit});
        }
    };
    if (problem.candidates) {
        for (const auto& [i, j] : *problem.candidates) {
            consider(i, j);
        }
        // A shortlist may name a pair twice; one arc each.
        std::sort(allowed.pairs.begin(), allowed.pairs.end(), [](const auto& a, const auto& b) {
            return std::tie(a.mentee, a.mentor) < std::tie(b.mentee, b.mentor);
        });
        allowed.pairs.erase(std::unique(allowed.pairs.begin(), allowed.pairs.end(),
                                        [](const auto& a, const auto& b) {
                                            return a.mentee == b.mentee && a.mentor == b.mentor;
                                        }),
                            allowed.pairs.end());
    } else {
        for (std::size_t i = 0; i < problem.mentees.size(); ++i) {
            for (std::size_t j = 0; j < problem.mentors.size(); ++j) {
                consider(i, j);
            }
        }
    }
    allowed.first.assign(problem.mentees.size() + 1, 0);
    for (const auto& pair : allowed.pairs) {
        ++allowed.first[pair.mentee + 1];
    }
    for (std::size_t i = 0; i < problem.mentees.size(); ++i) {
        allowed.first[i + 1] += allowed.first[i];
    }
    return allowed;
}

struct RestrictedSolution {
    std::vector<std::size_t> matched_pairs; // indexes into AllowedPairs::pairs
    std::vector<long long> mentee_potential;
    std::vector<long long> mentor_potential;
};

// The minimum-cost flow on the pairs marked in_graph: a unit of supply at each mentee, an arc to each
// marked mentor (capacity 1, cost minus the fit), each mentor to the sink with its capacity, and each
// mentee straight to the sink at no cost, so that leaving someone unmatched is always possible.
Result<RestrictedSolution> solve_restricted(const MatchingProblem& problem, const AllowedPairs& allowed,
                                            const std::vector<char>& in_graph) {
    using Graph = lemon::SmartDigraph;
    using Simplex = lemon::NetworkSimplex<Graph, int, long long>;
    const auto mentee_count = problem.mentees.size();
    const auto mentor_count = problem.mentors.size();
    Graph graph;
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
    Graph::ArcMap<int> capacity(graph);
    Graph::ArcMap<long long> cost(graph);
    Graph::NodeMap<int> supply(graph, 0);
    std::vector<std::pair<Graph::Arc, std::size_t>> pair_arcs;
    for (std::size_t k = 0; k < allowed.pairs.size(); ++k) {
        if (in_graph[k] == 0) {
            continue;
        }
        const auto& pair = allowed.pairs[k];
        const auto arc = graph.addArc(mentee_nodes[pair.mentee], mentor_nodes[pair.mentor]);
        capacity[arc] = 1;
        cost[arc] = pair.cost;
        pair_arcs.emplace_back(arc, k);
    }
    for (std::size_t i = 0; i < mentee_count; ++i) {
        const auto unmatched = graph.addArc(mentee_nodes[i], sink);
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
    Simplex simplex(graph);
    simplex.upperMap(capacity).costMap(cost).supplyMap(supply);
    if (simplex.run() != Simplex::OPTIMAL) {
        return fail(ErrorCode::Internal, "The mentor matching found no solution; please report this.");
    }
    RestrictedSolution solution;
    for (const auto& [arc, k] : pair_arcs) {
        if (simplex.flow(arc) > 0) {
            solution.matched_pairs.push_back(k);
        }
    }
    for (const auto node : mentee_nodes) {
        solution.mentee_potential.push_back(simplex.potential(node));
    }
    for (const auto node : mentor_nodes) {
        solution.mentor_potential.push_back(simplex.potential(node));
    }
    return solution;
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
    if (preferences.more_senior && more_senior(mentor.grade_rank, mentee.grade_rank)) {
        fit += preferences.bonus;
    }
    return fit;
}

Result<MatchingResult> match_mentors(const MatchingProblem& problem) {
    if (auto checked = check(problem); !checked) {
        return fail(checked.error());
    }
    const auto allowed = allowed_pairs(problem);
    const auto mentee_count = problem.mentees.size();

    // Pricing: solve with each mentee's best few pairs, then add every left-out pair whose reduced
    // cost under the solution's potentials is negative, until there is none. The last solution is
    // then optimal for all pairs (its potentials are a feasible dual for the whole problem).
    std::vector<char> in_graph(allowed.pairs.size(), 0);
    const std::size_t first_arcs = std::max<std::size_t>(1, problem.solver_arcs_per_mentee);
    for (std::size_t i = 0; i < mentee_count; ++i) {
        const auto begin = allowed.first[i];
        const auto end = allowed.first[i + 1];
        std::vector<std::size_t> order(end - begin);
        std::iota(order.begin(), order.end(), begin);
        const auto keep = std::min(first_arcs, order.size());
        std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(keep), order.end(),
                          [&](std::size_t a, std::size_t b) {
                              return std::tie(allowed.pairs[a].cost, allowed.pairs[a].mentor) <
                                     std::tie(allowed.pairs[b].cost, allowed.pairs[b].mentor);
                          });
        for (std::size_t k = 0; k < keep; ++k) {
            in_graph[order[k]] = 1;
        }
    }
    std::vector<std::size_t> chosen;
    while (true) {
        auto solved = solve_restricted(problem, allowed, in_graph);
        if (!solved) {
            return fail(solved.error());
        }
        // Per mentee, only the few most violated pairs join each round: adding every violated pair
        // after the first, rough round would bring back nearly all of them.
        std::size_t added = 0;
        std::vector<std::pair<long long, std::size_t>> violated;
        for (std::size_t i = 0; i < mentee_count; ++i) {
            violated.clear();
            for (auto k = allowed.first[i]; k < allowed.first[i + 1]; ++k) {
                const auto& pair = allowed.pairs[k];
                const long long reduced =
                    pair.cost + solved->mentee_potential[i] - solved->mentor_potential[pair.mentor];
                if (in_graph[k] == 0 && reduced < 0) {
                    violated.emplace_back(reduced, k);
                }
            }
            const auto keep = std::min(first_arcs, violated.size());
            std::partial_sort(violated.begin(), violated.begin() + static_cast<std::ptrdiff_t>(keep),
                              violated.end());
            for (std::size_t v = 0; v < keep; ++v) {
                in_graph[violated[v].second] = 1;
            }
            added += keep;
        }
        if (added == 0) {
            chosen = std::move(solved->matched_pairs);
            break;
        }
    }

    MatchingResult result;
    std::vector<bool> matched(mentee_count, false);
    for (const auto k : chosen) {
        const auto& pair = allowed.pairs[k];
        const auto& mentee = problem.mentees[pair.mentee];
        const auto& mentor = problem.mentors[pair.mentor];
        const auto best = strengths_for(mentee, mentor);
        MatchReason reason{*best.area, best.strength,
                           problem.preferences.different_department && different_departments(mentee, mentor),
                           problem.preferences.more_senior &&
                               more_senior(mentor.grade_rank, mentee.grade_rank)};
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
