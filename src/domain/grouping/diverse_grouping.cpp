#include "domain/grouping/diverse_grouping.hpp"

#include <algorithm>
#include <limits>
#include <numeric>
#include <optional>
#include <string>

#include "domain/core/rng.hpp"

namespace leadline::domain {

namespace {

constexpr double improvement = 1e-9; // smaller changes are rounding, not progress

// A grouping with, per element and group, the element's summed dissimilarity to the group's members
// (gain) and how many of its "apart" partners are there (conflicts): every move and swap is then
// judged in constant time and applied in time linear in the number of elements.
class State {
  public:
    State(const GroupingInstance& instance, const std::vector<std::vector<std::size_t>>& apart,
          std::vector<std::size_t> group_of)
        : m_instance(&instance), m_apart(&apart), m_groups(instance.group_sizes.size()),
          m_group_of(std::move(group_of)), m_size(m_groups, 0), m_gain(instance.elements * m_groups, 0.0),
          m_conflicts(instance.elements * m_groups, 0) {
        const auto n = instance.elements;
        for (std::size_t e = 0; e < n; ++e) {
            ++m_size[m_group_of[e]];
            for (std::size_t f = 0; f < n; ++f) {
                if (f != e) {
                    m_gain[e * m_groups + m_group_of[f]] += instance.between(e, f);
                }
            }
            for (const auto partner : apart[e]) {
                ++m_conflicts[e * m_groups + m_group_of[partner]];
            }
        }
        m_members.resize(m_groups);
        for (std::size_t e = 0; e < n; ++e) {
            m_members[m_group_of[e]].push_back(e);
            m_objective += m_gain[e * m_groups + m_group_of[e]];
        }
        m_objective /= 2.0;
    }

    [[nodiscard]] double objective() const { return m_objective; }
    [[nodiscard]] const std::vector<std::size_t>& group_of() const { return m_group_of; }

    [[nodiscard]] const std::vector<std::size_t>& members(std::size_t g) const { return m_members[g]; }
    [[nodiscard]] const double* gains_of(std::size_t e) const { return m_gain.data() + e * m_groups; }
    [[nodiscard]] const double* dissimilarities_of(std::size_t e) const {
        return m_instance->dissimilarity.data() + e * m_instance->elements;
    }
    [[nodiscard]] bool may_move_out(std::size_t g) const {
        return m_size[g] > m_instance->group_sizes[g].first;
    }
    [[nodiscard]] bool can_move(std::size_t e, std::size_t to) const {
        const auto from = m_group_of[e];
        return from != to && m_size[from] > m_instance->group_sizes[from].first &&
               m_size[to] < m_instance->group_sizes[to].second && m_conflicts[e * m_groups + to] == 0;
    }
    [[nodiscard]] double move_gain(std::size_t e, std::size_t to) const {
        return m_gain[e * m_groups + to] - m_gain[e * m_groups + m_group_of[e]];
    }

    [[nodiscard]] bool can_swap(std::size_t a, std::size_t b) const {
        const auto ga = m_group_of[a];
        const auto gb = m_group_of[b];
        if (ga == gb) {
            return false;
        }
        const int shared = is_apart(a, b) ? 1 : 0;
        return m_conflicts[a * m_groups + gb] - shared == 0 && m_conflicts[b * m_groups + ga] - shared == 0;
    }

    void move(std::size_t e, std::size_t to) {
        const auto from = m_group_of[e];
        m_objective += move_gain(e, to);
        const auto n = m_instance->elements;
        for (std::size_t f = 0; f < n; ++f) {
            if (f != e) {
                const double d = m_instance->between(e, f);
                m_gain[f * m_groups + from] -= d;
                m_gain[f * m_groups + to] += d;
            }
        }
        for (const auto partner : (*m_apart)[e]) {
            --m_conflicts[partner * m_groups + from];
            ++m_conflicts[partner * m_groups + to];
        }
        --m_size[from];
        ++m_size[to];
        m_group_of[e] = to;
        auto& leaving = m_members[from];
        *std::find(leaving.begin(), leaving.end(), e) = leaving.back();
        leaving.pop_back();
        m_members[to].push_back(e);
    }

    void swap(std::size_t a, std::size_t b) {
        const auto ga = m_group_of[a];
        const auto gb = m_group_of[b];
        move(a, gb); // sizes pass through one over and one under their bounds, then are restored
        move(b, ga);
    }

  private:
    [[nodiscard]] bool is_apart(std::size_t a, std::size_t b) const {
        const auto& partners = (*m_apart)[a];
        return std::find(partners.begin(), partners.end(), b) != partners.end();
    }

    const GroupingInstance* m_instance;
    const std::vector<std::vector<std::size_t>>* m_apart;
    std::size_t m_groups;
    std::vector<std::size_t> m_group_of;
    std::vector<std::size_t> m_size;
    std::vector<double> m_gain;
    std::vector<int> m_conflicts;
    double m_objective = 0.0;
    std::vector<std::vector<std::size_t>> m_members; // per group
};

// Tabu search over moves and swaps: each step takes the best allowed change even when it makes the
// grouping worse, and forbids the people it moved to go back to the group they left for a few steps
// (unless going back would beat the walk's best). It ends after `patience` steps without beating the
// walk's best, and leaves that best in `best`.
class TabuWalk {
  public:
    // has_rules: whether any pair must be kept apart; least: the smallest dissimilarity of any pair.
    TabuWalk(std::size_t elements, std::size_t groups, bool has_rules, double least)
        : m_groups(groups), m_has_rules(has_rules), m_least(least), m_tabu_until(elements * groups, 0) {}

    void run(State& state, const GroupingSearch& search, Rng& rng, std::vector<std::size_t>& best,
             double& best_objective) {
        best = state.group_of();
        best_objective = state.objective();
        const auto n = best.size();
        std::size_t since_best = 0;
        while (since_best < search.walk_patience) {
            if ((m_step & 63U) == 0 && search.time_is_up && search.time_is_up()) {
                return;
            }
            ++m_step;
            ++since_best;
            const auto chosen = best_change(state, n, best_objective, rng);
            if (!chosen) {
                return; // nothing allowed at all: every change is tabu or breaks a rule
            }
            const auto [a, b, to] = *chosen;
            forbid_return(a, state.group_of()[a], search, rng);
            if (b == n) {
                state.move(a, to);
            } else {
                forbid_return(b, state.group_of()[b], search, rng);
                state.swap(a, b);
            }
            if (state.objective() > best_objective + improvement) {
                best_objective = state.objective();
                best = state.group_of();
                since_best = 0;
            }
        }
    }

  private:
    struct Change {
        std::size_t a;
        std::size_t b; // n for a move
        std::size_t to;
    };

    [[nodiscard]] bool tabu(std::size_t e, std::size_t g) const {
        return m_tabu_until[e * m_groups + g] > m_step;
    }

    void forbid_return(std::size_t e, std::size_t from, const GroupingSearch& search, Rng& rng) {
        m_tabu_until[e * m_groups + from] =
            m_step +
            static_cast<std::uint64_t>(rng.between(static_cast<std::int64_t>(search.tabu_tenure),
                                                   static_cast<std::int64_t>(2 * search.tabu_tenure)));
    }

    std::optional<Change> best_change(const State& state, std::size_t n, double best_objective, Rng& rng) {
        std::optional<Change> chosen;
        double chosen_gain = 0.0;
        std::uint64_t ties = 0;
        const double aspiration = best_objective - state.objective() + improvement;
        auto consider = [&](double gain, bool is_tabu, Change change) {
            if (is_tabu && gain <= aspiration) {
                return;
            }
            if (!chosen || gain > chosen_gain + improvement) {
                chosen = change;
                chosen_gain = gain;
                ties = 1;
            } else if (gain > chosen_gain - improvement && rng.chance(1.0 / static_cast<double>(++ties))) {
                chosen = change;
            }
        };
        const auto& group_of = state.group_of();
        for (std::size_t a = 0; a < n; ++a) {
            if (state.may_move_out(group_of[a])) {
                for (std::size_t g = 0; g < m_groups; ++g) {
                    if (state.can_move(a, g)) {
                        consider(state.move_gain(a, g), tabu(a, g), {a, n, g});
                    }
                }
            }
        }
        // A swap of a (in ga) with b (in g) gains a's move to g, plus b's move to ga, less twice their
        // dissimilarity. Bounding b's part by the best any member of g would gain from moving to ga
        // lets whole groups be skipped once a good swap is in hand (after Schulz 2021).
        m_leave_gain.assign(m_groups * m_groups, std::numeric_limits<double>::lowest());
        for (std::size_t b = 0; b < n; ++b) {
            const auto gb = group_of[b];
            const double* gains_b = state.gains_of(b);
            for (std::size_t h = 0; h < m_groups; ++h) {
                auto& best = m_leave_gain[gb * m_groups + h];
                best = std::max(best, gains_b[h] - gains_b[gb]);
            }
        }
        const double pair_bound = -2.0 * m_least;
        for (std::size_t a = 0; a < n; ++a) {
            const auto ga = group_of[a];
            const double* gains_a = state.gains_of(a);
            const double* between_a = state.dissimilarities_of(a);
            const double stay_a = gains_a[ga];
            for (std::size_t g = 0; g < m_groups; ++g) {
                if (g == ga || (chosen && gains_a[g] - stay_a + m_leave_gain[g * m_groups + ga] + pair_bound <
                                              chosen_gain - improvement)) {
                    continue;
                }
                for (const auto b : state.members(g)) {
                    if (b < a) {
                        continue; // each pair once, from its smaller element
                    }
                    const double* gains_b = state.gains_of(b);
                    const double gain = gains_a[g] - stay_a + gains_b[ga] - gains_b[g] - 2.0 * between_a[b];
                    if (chosen && gain < chosen_gain - improvement) {
                        continue; // cannot be chosen, whatever the rules say
                    }
                    if (m_has_rules && !state.can_swap(a, b)) {
                        continue;
                    }
                    consider(gain, tabu(a, g) || tabu(b, ga), {a, b, g});
                }
            }
        }
        return chosen;
    }

    std::size_t m_groups;
    bool m_has_rules;
    double m_least;
    std::vector<std::uint64_t> m_tabu_until;
    std::vector<double> m_leave_gain; // per (group, other group): scratch for best_change
    std::uint64_t m_step = 0;
};

// A random grouping within the bounds that keeps "apart" pairs apart, or a message saying who
// could not be placed.
Result<std::vector<std::size_t>> random_start(const GroupingInstance& instance,
                                              const std::vector<std::vector<std::size_t>>& apart,
                                              const GroupingRules& rules, Rng& rng) {
    const auto groups = instance.group_sizes.size();
    std::vector<std::size_t> order(instance.elements);
    std::iota(order.begin(), order.end(), std::size_t{0});
    rng.shuffle(order);
    std::vector<std::size_t> group_of(instance.elements, groups);
    std::vector<std::size_t> size(groups, 0);
    auto fits = [&](std::size_t e, std::size_t g) {
        return std::none_of(apart[e].begin(), apart[e].end(),
                            [&](auto partner) { return group_of[partner] == g; });
    };
    // Groups first reach their smallest size, then take what is left up to their largest.
    for (const bool to_lower : {true, false}) {
        for (const auto e : order) {
            if (group_of[e] != groups) {
                continue;
            }
            std::vector<std::size_t> open;
            for (std::size_t g = 0; g < groups; ++g) {
                const auto limit = to_lower ? instance.group_sizes[g].first : instance.group_sizes[g].second;
                if (size[g] < limit && fits(e, g)) {
                    open.push_back(g);
                }
            }
            if (!open.empty()) {
                const auto g = open[static_cast<std::size_t>(
                    rng.between(0, static_cast<std::int64_t>(open.size()) - 1))];
                group_of[e] = g;
                ++size[g];
            }
        }
    }
    for (std::size_t e = 0; e < instance.elements; ++e) {
        if (group_of[e] == groups) {
            const auto name =
                e < rules.element_names.size() ? rules.element_names[e] : "Element " + std::to_string(e);
            return fail(ErrorCode::InvalidInput, name +
                                                     " cannot be placed: every group with room holds someone "
                                                     "who must be kept apart from them.");
        }
    }
    for (std::size_t g = 0; g < groups; ++g) {
        if (size[g] < instance.group_sizes[g].first) {
            return fail(ErrorCode::InvalidInput,
                        "Group " + std::to_string(g) + " cannot reach its smallest size of " +
                            std::to_string(instance.group_sizes[g].first) +
                            " without putting together people who must be kept apart.");
        }
    }
    return group_of;
}

} // namespace

Result<Grouping> diverse_grouping(const GroupingInstance& instance, const GroupingRules& rules,
                                  const GroupingSearch& search) {
    const auto n = instance.elements;
    std::size_t smallest = 0;
    std::size_t largest = 0;
    for (const auto& [lower, upper] : instance.group_sizes) {
        smallest += lower;
        largest += upper;
    }
    if (instance.group_sizes.empty() || smallest > n || largest < n) {
        return fail(ErrorCode::InvalidInput, "The groups' sizes cannot hold " + std::to_string(n) +
                                                 " people: together they take " + std::to_string(smallest) +
                                                 " to " + std::to_string(largest) + ".");
    }
    std::vector<std::vector<std::size_t>> apart(n);
    for (const auto& [a, b] : rules.apart) {
        if (a >= n || b >= n || a == b) {
            return fail(ErrorCode::InvalidInput,
                        "A pair to keep apart names someone who is not in the list.");
        }
        apart[a].push_back(b);
        apart[b].push_back(a);
    }
    if (!search.time_is_up && search.most_local_searches == 0) {
        return fail(ErrorCode::InvalidInput, "Give the grouping search a time limit or a number of rounds.");
    }
    auto stop = [&](std::size_t searches) {
        return (search.most_local_searches > 0 && searches >= search.most_local_searches) ||
               (search.time_is_up && search.time_is_up());
    };
    Rng rng(search.seed);
    // The greedy start can paint itself into a corner when many pairs must be kept apart; other
    // random orders usually find a way.
    auto start = random_start(instance, apart, rules, rng);
    for (int attempt = 1; !start && attempt < 200; ++attempt) {
        start = random_start(instance, apart, rules, rng);
    }
    if (!start) {
        return fail(start.error());
    }
    State current(instance, apart, std::move(*start));
    double least = n > 1 ? std::numeric_limits<double>::max() : 0.0;
    for (std::size_t a = 0; a < n; ++a) {
        for (std::size_t b = a + 1; b < n; ++b) {
            least = std::min(least, instance.between(a, b));
        }
    }
    TabuWalk walk(n, instance.group_sizes.size(), !rules.apart.empty(), least);
    std::vector<std::size_t> best;
    double best_objective = 0.0;
    walk.run(current, search, rng, best, best_objective);
    std::size_t searches = 1;
    // Iterated tabu search: perturb the best grouping by a few random allowed swaps, walk again from
    // there, keep the walk's best when it beats the best so far.
    const auto most_swaps =
        std::max<std::int64_t>(2, static_cast<std::int64_t>(search.perturbation * static_cast<double>(n)));
    std::vector<std::size_t> walk_best;
    double walk_best_objective = 0.0;
    while (!stop(searches) && n > 1) {
        current = State(instance, apart, best);
        const auto swaps = rng.between(std::max<std::int64_t>(1, most_swaps / 2), most_swaps);
        for (std::int64_t s = 0; s < swaps; ++s) {
            for (int attempt = 0; attempt < 20; ++attempt) {
                const auto a = static_cast<std::size_t>(rng.between(0, static_cast<std::int64_t>(n) - 1));
                const auto b = static_cast<std::size_t>(rng.between(0, static_cast<std::int64_t>(n) - 1));
                if (current.can_swap(a, b)) {
                    current.swap(a, b);
                    break;
                }
            }
        }
        walk.run(current, search, rng, walk_best, walk_best_objective);
        ++searches;
        if (walk_best_objective > best_objective + improvement) {
            best = walk_best;
            best_objective = walk_best_objective;
        }
    }
    const auto objective = grouping_objective(instance, best);
    return Grouping{best, objective, searches};
}

} // namespace leadline::domain
