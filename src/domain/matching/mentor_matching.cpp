#include "domain/matching/mentor_matching.hpp"

#include "domain/matching/pair_fits.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <tuple>

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

namespace leadline::domain {

namespace {

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

struct SolverArc {
    std::uint32_t mentee = 0;
    std::uint32_t mentor = 0;
    long long cost = 0;
};

constexpr std::uint32_t no_mentor = UINT32_MAX;

// A solution of the flow on some of the pairs, with the potentials that prove it optimal there.
struct RestrictedSolution {
    std::vector<std::uint32_t> mentor_of; // per mentee; no_mentor when unmatched
    std::vector<long long> mentee_potential;
    std::vector<long long> mentor_potential;
};

// The minimum-cost flow on the given pairs: a unit of supply at each mentee, an arc to each of its
// mentors (capacity 1, cost minus the fit), each mentor to the sink with its capacity, and each mentee
// straight to the sink at no cost, so that leaving someone unmatched is always possible.
Result<RestrictedSolution> solve_restricted(const MatchingProblem& problem,
                                            const std::vector<SolverArc>& arcs) {
    using Graph = lemon::SmartDigraph;
    using Simplex = lemon::NetworkSimplex<Graph, int, long long>;
    const auto mentee_count = problem.mentees.size();
    const auto mentor_count = problem.mentors.size();
    Graph graph;
    graph.reserveNode(static_cast<int>(mentee_count + mentor_count + 1));
    graph.reserveArc(static_cast<int>(arcs.size() + mentee_count + mentor_count));
    for (std::size_t node = 0; node < mentee_count + mentor_count + 1; ++node) {
        graph.addNode();
    }
    // SmartDigraph numbers nodes and arcs in the order they are added.
    auto mentee_node = [&](std::size_t i) { return Graph::nodeFromId(static_cast<int>(i)); };
    auto mentor_node = [&](std::size_t j) { return Graph::nodeFromId(static_cast<int>(mentee_count + j)); };
    const auto sink = Graph::nodeFromId(static_cast<int>(mentee_count + mentor_count));
    Graph::ArcMap<int> capacity(graph);
    Graph::ArcMap<long long> cost(graph);
    Graph::NodeMap<int> supply(graph, 0);
    for (const auto& pair : arcs) {
        const auto arc = graph.addArc(mentee_node(pair.mentee), mentor_node(pair.mentor));
        capacity[arc] = 1;
        cost[arc] = pair.cost;
    }
    for (std::size_t i = 0; i < mentee_count; ++i) {
        const auto unmatched = graph.addArc(mentee_node(i), sink);
        capacity[unmatched] = 1;
        cost[unmatched] = 0;
        supply[mentee_node(i)] = 1;
    }
    for (std::size_t j = 0; j < mentor_count; ++j) {
        const auto taken = graph.addArc(mentor_node(j), sink);
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
    solution.mentor_of.assign(mentee_count, no_mentor);
    for (std::size_t k = 0; k < arcs.size(); ++k) {
        if (simplex.flow(Graph::arcFromId(static_cast<int>(k))) > 0) {
            solution.mentor_of[arcs[k].mentee] = arcs[k].mentor;
        }
    }
    for (std::size_t i = 0; i < mentee_count; ++i) {
        solution.mentee_potential.push_back(simplex.potential(mentee_node(i)));
    }
    for (std::size_t j = 0; j < mentor_count; ++j) {
        solution.mentor_potential.push_back(simplex.potential(mentor_node(j)));
    }
    return solution;
}

// One mentee's few pairs with the lowest reduced cost, lowest first (ties by mentor).
class LowestReduced {
  public:
    explicit LowestReduced(std::size_t size) : m_size(size) { m_pairs.reserve(size + 1); }

    void clear() { m_pairs.clear(); }

    void offer(long long reduced, std::uint32_t mentor, long long cost) {
        const Entry entry{reduced, mentor, cost};
        if (m_pairs.size() == m_size && !(entry < m_pairs.back())) {
            return;
        }
        m_pairs.insert(std::upper_bound(m_pairs.begin(), m_pairs.end(), entry), entry);
        if (m_pairs.size() > m_size) {
            m_pairs.pop_back();
        }
    }

    struct Entry {
        long long reduced = 0;
        std::uint32_t mentor = 0;
        long long cost = 0;
        bool operator<(const Entry& other) const {
            return std::tie(reduced, mentor) < std::tie(other.reduced, other.mentor);
        }
    };
    [[nodiscard]] const std::vector<Entry>& pairs() const { return m_pairs; }

  private:
    std::size_t m_size;
    std::vector<Entry> m_pairs;
};

// Pricing, given a solution on some pairs and its potentials: a pair left out whose reduced cost (its
// cost plus the mentee's potential minus the mentor's) is negative could improve the solution. When
// there is none, the potentials are a feasible dual for every pair and the solution is optimal.
struct PricingRound {
    std::vector<SolverArc> next_arcs;
    bool improvable = false;
};

// The next round's pairs: while `keep_only_best`, each mentee's matched pair and its `per_mentee`
// pairs with the lowest reduced cost (so the graph stays small as the potentials settle); after
// that, every pair of this round and each mentee's most violated pairs, so that the graph only grows
// and the rounds must end.
PricingRound price(const PairFits& fits, const RestrictedSolution& solution,
                   const std::vector<SolverArc>& arcs, std::size_t per_mentee, bool keep_only_best) {
    PricingRound round;
    if (!keep_only_best) {
        round.next_arcs = arcs;
    }
    LowestReduced lowest(per_mentee);
    const auto mentee_count = solution.mentor_of.size();
    for (std::size_t i = 0; i < mentee_count; ++i) {
        lowest.clear();
        const auto matched = solution.mentor_of[i];
        const auto mentee_potential = solution.mentee_potential[i];
        bool violated = false;
        fits.for_each_allowed(i, [&](std::size_t mentor, long long cost) {
            const auto j = static_cast<std::uint32_t>(mentor);
            if (j == matched) {
                return;
            }
            const long long reduced = cost + mentee_potential - solution.mentor_potential[j];
            violated = violated || reduced < 0;
            if (keep_only_best || reduced < 0) {
                lowest.offer(reduced, j, cost);
            }
        });
        round.improvable = round.improvable || violated;
        const auto mentee = static_cast<std::uint32_t>(i);
        if (keep_only_best && matched != no_mentor) {
            round.next_arcs.push_back({mentee, matched, fits.cost(i, matched)});
        }
        for (const auto& entry : lowest.pairs()) {
            round.next_arcs.push_back({mentee, entry.mentor, entry.cost});
        }
    }
    return round;
}

// Why mentor j suits mentee i: the area where the mentor is strongest for them, and the preferences met.
// Only for a pair with a fit above zero.
MatchReason reason_for(const MatchingProblem& problem, std::size_t i, std::size_t j) {
    const auto& mentee = problem.mentees[i];
    const auto& mentor = problem.mentors[j];
    const auto best = strengths_for(mentee, mentor);
    return {*best.area, best.strength,
            problem.preferences.different_department && different_departments(mentee, mentor),
            problem.preferences.more_senior && more_senior(mentor.grade_rank, mentee.grade_rank)};
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
    const PairFits fits(problem);
    const auto mentee_count = problem.mentees.size();
    const std::size_t per_mentee = std::max<std::size_t>(1, problem.solver_arcs_per_mentee);

    // Column generation: the first round prices against zero potentials (each mentee's best pairs by
    // fit); each later round re-prices against the last solution's potentials. A few rounds keep only
    // each mentee's best pairs under the current potentials; should that not settle, the graph then
    // only grows, which must end.
    constexpr int rounds_keeping_only_best = 20;
    RestrictedSolution solution{std::vector<std::uint32_t>(mentee_count, no_mentor),
                                std::vector<long long>(mentee_count, 0),
                                std::vector<long long>(problem.mentors.size(), 0)};
    std::vector<SolverArc> arcs;
    for (int round = 0;; ++round) {
        auto priced = price(fits, solution, arcs, per_mentee, round <= rounds_keeping_only_best);
        if (round > 0 && !priced.improvable) {
            break;
        }
        arcs = std::move(priced.next_arcs);
        auto solved = solve_restricted(problem, arcs);
        if (!solved) {
            return fail(solved.error());
        }
        solution = std::move(*solved);
    }

    MatchingResult result;
    for (std::size_t i = 0; i < mentee_count; ++i) {
        const auto j = solution.mentor_of[i];
        if (j == no_mentor) {
            result.unmatched.push_back(i);
            continue;
        }
        const double fit = fits.fit(i, j);
        result.matches.push_back({i, j, fit, reason_for(problem, i, j)});
        result.total_fit += fit;
    }
    return result;
}

Result<MatchingResult> match_mentors_keeping(const MatchingProblem& problem,
                                             const std::vector<KeptPair>& kept) {
    if (auto checked = check(problem); !checked) {
        return fail(checked.error());
    }
    // The rest of the problem: the kept mentees left out, each kept pair's place taken from its mentor.
    MatchingProblem rest = problem;
    rest.mentees.clear();
    std::vector<std::size_t> original_of; // rest's mentee index -> problem's
    std::vector<bool> is_kept(problem.mentees.size(), false);
    std::vector<double> kept_fit;
    for (const auto& pair : kept) {
        if (pair.mentee >= problem.mentees.size() || pair.mentor >= problem.mentors.size()) {
            return fail(ErrorCode::InvalidInput, "A kept pair names a mentee or mentor that is not listed.");
        }
        const auto& mentee = problem.mentees[pair.mentee];
        const auto& mentor = problem.mentors[pair.mentor];
        const auto who = "Person " + std::to_string(mentee.person.value());
        if (is_kept[pair.mentee]) {
            return fail(ErrorCode::InvalidInput, who + " is kept with two mentors.");
        }
        if (mentee.person == mentor.person || problem.excluded.count({mentee.person, mentor.person}) > 0) {
            return fail(ErrorCode::InvalidInput, who + " may not be matched with person " +
                                                     std::to_string(mentor.person.value()) + ".");
        }
        const double fit = mentoring_fit(mentee, mentor, problem.preferences);
        if (fit <= 0.0) {
            return fail(ErrorCode::InvalidInput, "Person " + std::to_string(mentor.person.value()) +
                                                     " is not strong in anything person " +
                                                     std::to_string(mentee.person.value()) +
                                                     " wants to develop.");
        }
        if (--rest.mentors[pair.mentor].capacity < 0) {
            return fail(ErrorCode::InvalidInput, "Person " + std::to_string(mentor.person.value()) +
                                                     " has no room for another kept mentee.");
        }
        is_kept[pair.mentee] = true;
        kept_fit.push_back(fit);
    }
    std::vector<std::size_t> rest_index(problem.mentees.size(), 0);
    for (std::size_t i = 0; i < problem.mentees.size(); ++i) {
        if (!is_kept[i]) {
            rest_index[i] = rest.mentees.size();
            original_of.push_back(i);
            rest.mentees.push_back(problem.mentees[i]);
        }
    }
    if (problem.candidates) {
        rest.candidates.emplace();
        for (const auto& [mentee, mentor] : *problem.candidates) {
            if (!is_kept[mentee]) {
                rest.candidates->emplace_back(rest_index[mentee], mentor);
            }
        }
    }
    auto solved = match_mentors(rest);
    if (!solved) {
        return fail(solved.error());
    }
    MatchingResult result;
    result.total_fit = solved->total_fit;
    for (auto match : solved->matches) {
        match.mentee = original_of[match.mentee];
        result.matches.push_back(std::move(match));
    }
    for (const auto index : solved->unmatched) {
        result.unmatched.push_back(original_of[index]);
    }
    for (std::size_t k = 0; k < kept.size(); ++k) {
        result.matches.push_back({kept[k].mentee, kept[k].mentor, kept_fit[k],
                                  reason_for(problem, kept[k].mentee, kept[k].mentor)});
        result.total_fit += kept_fit[k];
    }
    std::sort(result.matches.begin(), result.matches.end(),
              [](const Match& a, const Match& b) { return a.mentee < b.mentee; });
    return result;
}

std::string describe_reason(const MatchReason& reason, const std::string& area_name,
                            const std::string& mentee_name, ReasonSources sources) {
    std::string text = std::string(sources.strength_declared ? "Says they are strong in " : "Strong in ") +
                       area_name + ", which " + mentee_name +
                       (sources.area_chosen ? " chose to develop" : " wants to develop");
    if (reason.different_department) {
        text += "; different department";
    }
    if (reason.more_senior) {
        text += "; more senior grade";
    }
    return text + ".";
}

} // namespace leadline::domain
