#include "domain/talent/fairness.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <mutex>
#include <numeric>
#include <set>
#include <unordered_map>

namespace leadline::domain {

namespace {

constexpr double interval_level = 0.90;

Result<void> check_counts(std::span<const GroupCount> groups, int minimum) {
    if (minimum < 2) {
        return fail(ErrorCode::InvalidInput, "The smallest group shown must be at least 2 people.");
    }
    std::set<std::string> names;
    for (const auto& group : groups) {
        if (group.people < 0 || group.with_outcome < 0 || group.with_outcome > group.people) {
            return fail(ErrorCode::InvalidInput, "The counts for " + group.group +
                                                     " do not add up: " + std::to_string(group.with_outcome) +
                                                     " of " + std::to_string(group.people) + " people.");
        }
        if (!names.insert(group.group).second) {
            return fail(ErrorCode::InvalidInput, "Two groups are both called " + group.group + ".");
        }
    }
    return {};
}

// Which groups to hide (indexes into `groups`): the too small, then the fewest people first until what
// is hidden cannot be worked out alone or as a small group from everyone minus the shown.
std::vector<bool> groups_to_hide(const std::vector<GroupCount>& groups, int minimum,
                                 std::vector<bool>& small) {
    std::vector<bool> hidden(groups.size(), false);
    small.assign(groups.size(), false);
    int hidden_count = 0;
    int hidden_people = 0;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (groups[g].people < minimum || groups[g].withheld) {
            hidden[g] = true;
            small[g] = groups[g].people < minimum;
            ++hidden_count;
            hidden_people += groups[g].people;
        }
    }
    std::vector<std::size_t> by_size(groups.size());
    std::iota(by_size.begin(), by_size.end(), std::size_t{0});
    std::stable_sort(by_size.begin(), by_size.end(),
                     [&](std::size_t a, std::size_t b) { return groups[a].people < groups[b].people; });
    for (const auto g : by_size) {
        if (hidden_count == 0 || (hidden_count >= 2 && hidden_people >= minimum)) {
            break;
        }
        if (!hidden[g]) {
            hidden[g] = true;
            ++hidden_count;
            hidden_people += groups[g].people;
        }
    }
    return hidden;
}

double rate_of(int with_outcome, int people) {
    return people == 0 ? 0.0 : static_cast<double>(with_outcome) / people;
}

// The ratio that is under four-fifths when `group` is worse off than `yardstick`, with its beliefs in
// the order (numerator, denominator).
// The ratio's interval and its chance of being under four-fifths, from the two groups' counts alone. Each
// costs numerical integrals (milliseconds), small groups repeat the same counts across a review's many
// breakdowns (one per line manager), and a page is asked for again and again while a meeting decides, so
// the answers are remembered for the life of the process, shared by every thread.
std::pair<RateInterval, double> ratio_beliefs(const GroupFairness& top, const GroupFairness& bottom) {
    using Key = std::array<int, 4>;
    struct KeyHash {
        std::size_t operator()(const Key& key) const {
            std::size_t hash = 0;
            for (const int count : key) {
                hash = hash * 1'000'003U + static_cast<std::size_t>(count);
            }
            return hash;
        }
    };
    static std::mutex guard;
    static std::unordered_map<Key, std::pair<RateInterval, double>, KeyHash> remembered;
    const Key key{top.with_outcome, top.people, bottom.with_outcome, bottom.people};
    {
        const std::lock_guard lock(guard);
        if (const auto found = remembered.find(key); found != remembered.end()) {
            return found->second;
        }
    }
    // Worked out outside the lock: two threads may both work out the same answer, never a wrong one.
    const auto numerator = BetaBelief::jeffreys(top.with_outcome, top.people);
    const auto denominator = BetaBelief::jeffreys(bottom.with_outcome, bottom.people);
    const std::pair<RateInterval, double> worked{ratio_interval(numerator, denominator, interval_level),
                                                 chance_ratio_at_most(numerator, denominator, four_fifths)};
    const std::lock_guard lock(guard);
    if (remembered.size() > 100'000) {
        remembered.clear(); // bounded: a long-running server sees ever more counts
    }
    remembered.emplace(key, worked);
    return worked;
}

// A rate's interval, remembered as the ratios' are: a review broken down by line manager has tens of
// thousands of small groups, and their counts repeat (3 of 9, 1 of 4), so most need no new quantiles.
RateInterval rate_interval_of(int with_outcome, int people) {
    static std::mutex guard;
    static std::unordered_map<std::uint64_t, RateInterval> remembered;
    const auto key = (static_cast<std::uint64_t>(static_cast<std::uint32_t>(with_outcome)) << 32U) |
                     static_cast<std::uint32_t>(people);
    {
        const std::lock_guard lock(guard);
        if (const auto found = remembered.find(key); found != remembered.end()) {
            return found->second;
        }
    }
    const auto worked = jeffreys_interval(with_outcome, people, interval_level);
    const std::lock_guard lock(guard);
    if (remembered.size() > 100'000) {
        remembered.clear();
    }
    remembered.emplace(key, worked);
    return worked;
}

void compare(GroupFairness& group, const GroupFairness& yardstick, OutcomeKind kind) {
    const bool favourable = kind == OutcomeKind::Favourable;
    const auto& top = favourable ? group : yardstick;
    const auto& bottom = favourable ? yardstick : group;
    group.ratio = bottom.with_outcome == 0 ? 1.0 : top.rate / bottom.rate;
    const auto [interval, chance] = ratio_beliefs(top, bottom);
    group.ratio_interval = interval;
    group.chance_below_four_fifths = chance;
    if (group.ratio_interval.high < four_fifths) {
        group.reading = FairnessReading::ClearlyBelow;
    } else if (group.ratio < four_fifths) {
        group.reading = FairnessReading::BelowNotClear;
    } else if (group.ratio_interval.low < four_fifths) {
        group.reading = FairnessReading::AboveNotClear;
    } else {
        group.reading = FairnessReading::ClearlyAbove;
    }
}

} // namespace

std::vector<bool> hidden_groups(std::span<const GroupCount> groups, int minimum) {
    std::vector<GroupCount> present;
    std::vector<std::size_t> at;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (groups[g].people > 0) {
            present.push_back(groups[g]);
            at.push_back(g);
        }
    }
    std::vector<bool> small;
    const auto hidden_present = groups_to_hide(present, minimum, small);
    std::vector<bool> hidden(groups.size(), false);
    for (std::size_t p = 0; p < present.size(); ++p) {
        hidden[at[p]] = hidden_present[p];
    }
    return hidden;
}

Result<FairnessCheck> check_fairness(std::span<const GroupCount> groups, OutcomeKind kind, int minimum) {
    if (auto checked = check_counts(groups, minimum); !checked) {
        return fail(checked.error());
    }
    std::vector<GroupCount> present;
    std::copy_if(groups.begin(), groups.end(), std::back_inserter(present),
                 [](const GroupCount& group) { return group.people > 0; });
    FairnessCheck check;
    check.kind = kind;
    for (const auto& group : present) {
        check.people += group.people;
        check.with_outcome += group.with_outcome;
    }
    check.rate = rate_of(check.with_outcome, check.people);
    if (check.people > 0) {
        check.rate_interval = rate_interval_of(check.with_outcome, check.people);
    }
    std::vector<bool> small;
    const auto hidden = groups_to_hide(present, minimum, small);
    std::vector<std::size_t> shown;
    for (std::size_t g = 0; g < present.size(); ++g) {
        GroupFairness row;
        row.group = present[g].group;
        row.hidden_too_small = small[g];
        if (!hidden[g]) {
            row.people = present[g].people;
            row.with_outcome = present[g].with_outcome;
            row.rate = rate_of(row.with_outcome, row.people);
            row.rate_interval = rate_interval_of(row.with_outcome, row.people);
            row.reading = FairnessReading::NoComparison;
            shown.push_back(g);
        }
        check.groups.push_back(std::move(row));
    }
    if (shown.size() < 2) {
        return check;
    }
    // The best-off group is the yardstick; on a tie, the larger (its rate is the surer).
    const auto best = *std::min_element(shown.begin(), shown.end(), [&](std::size_t a, std::size_t b) {
        const auto& x = check.groups[a];
        const auto& y = check.groups[b];
        if (x.rate != y.rate) {
            return kind == OutcomeKind::Favourable ? x.rate > y.rate : x.rate < y.rate;
        }
        return x.people > y.people;
    });
    check.yardstick = check.groups[best].group;
    check.groups[best].reading = FairnessReading::Yardstick;
    for (const auto g : shown) {
        if (g != best) {
            compare(check.groups[g], check.groups[best], kind);
        }
    }
    return check;
}

} // namespace leadline::domain
