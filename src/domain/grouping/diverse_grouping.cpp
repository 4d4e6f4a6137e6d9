#include "domain/grouping/diverse_grouping.hpp"

#include <algorithm>
#include <numeric>
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
        for (std::size_t e = 0; e < n; ++e) {
            m_objective += m_gain[e * m_groups + m_group_of[e]];
        }
        m_objective /= 2.0;
    }

    [[nodiscard]] double objective() const { return m_objective; }
    [[nodiscard]] const std::vector<std::size_t>& group_of() const { return m_group_of; }

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
    [[nodiscard]] double swap_gain(std::size_t a, std::size_t b) const {
        const auto ga = m_group_of[a];
        const auto gb = m_group_of[b];
        return m_gain[a * m_groups + gb] - m_gain[a * m_groups + ga] + m_gain[b * m_groups + ga] -
               m_gain[b * m_groups + gb] - 2.0 * m_instance->between(a, b);
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
    }

    void swap(std::size_t a, std::size_t b) {
        const auto ga = m_group_of[a];
        const auto gb = m_group_of[b];
        move(a, gb); // sizes pass through one over and one under their bounds, then are restored
        move(b, ga);
    }

    [[nodiscard]] std::size_t groups() const { return m_groups; }

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
};

// Moves and swaps that improve the objective, first found first taken, until none is left.
void local_search(State& state, std::size_t elements, Rng& rng, const std::function<bool()>& time_is_up) {
    std::vector<std::size_t> order(elements);
    std::iota(order.begin(), order.end(), std::size_t{0});
    bool improved = true;
    while (improved) {
        improved = false;
        rng.shuffle(order);
        for (const auto e : order) {
            for (std::size_t g = 0; g < state.groups(); ++g) {
                if (state.can_move(e, g) && state.move_gain(e, g) > improvement) {
                    state.move(e, g);
                    improved = true;
                }
            }
        }
        for (const auto a : order) {
            for (std::size_t b = 0; b < elements; ++b) {
                if (state.can_swap(a, b) && state.swap_gain(a, b) > improvement) {
                    state.swap(a, b);
                    improved = true;
                }
            }
        }
        if (time_is_up && time_is_up()) {
            return;
        }
    }
}

// A random grouping within the bounds that keeps "apart" pairs apart, or a message saying who
// could not be placed.
Result<std::vector<std::size_t>> random_start(const GroupingInstance& instance,
                                              const std::vector<std::vector<std::size_t>>& apart, Rng& rng) {
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
            return fail(ErrorCode::InvalidInput,
                        "Element " + std::to_string(e) +
                            " cannot be placed: every group with room holds someone it "
                            "must be kept apart from.");
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
    auto start = random_start(instance, apart, rng);
    for (int attempt = 1; !start && attempt < 200; ++attempt) {
        start = random_start(instance, apart, rng);
    }
    if (!start) {
        return fail(start.error());
    }
    State current(instance, apart, std::move(*start));
    local_search(current, n, rng, search.time_is_up);
    State best = current;
    std::size_t searches = 1;
    // Iterated local search: perturb the best grouping by a few random allowed swaps, improve it,
    // keep it when it is better.
    const auto most_swaps = std::max<std::int64_t>(3, static_cast<std::int64_t>(n / 10));
    while (!stop(searches) && n > 1) {
        current = best;
        const auto swaps = rng.between(2, most_swaps);
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
        local_search(current, n, rng, search.time_is_up);
        ++searches;
        if (current.objective() > best.objective() + improvement) {
            best = current;
        }
    }
    return Grouping{best.group_of(), best.objective(), searches};
}

} // namespace leadline::domain
