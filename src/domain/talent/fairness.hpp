#pragma once

#include <span>
#include <string>
#include <vector>

#include "domain/core/result.hpp"
#include "domain/statistics/proportions.hpp"

namespace leadline::domain {

// Whether an outcome of a talent review helps people (placed in a top box) or harms them (moved down in
// calibration): it decides which group is the yardstick and which way the ratio runs.
enum class OutcomeKind { Favourable, Adverse };

// One group of a characteristic the organisation records (for example "Women" under sex), with how many
// of its people were reviewed and how many of them had the outcome. "Not recorded" is a group too.
struct GroupCount {
    std::string group;
    int people = 0;
    int with_outcome = 0;
    // Hidden whatever its size, because another table would let it be worked out (a breakdown by
    // reviewer hides a group's cell across reviewers, not only within one).
    bool withheld = false;
};

// The four-fifths rule's threshold: a group whose rate is under four-fifths of the yardstick group's.
inline constexpr double four_fifths = 0.8;

enum class FairnessReading {
    Yardstick,     // the group every other is compared with
    ClearlyBelow,  // the whole interval of the ratio lies under four-fifths
    BelowNotClear, // the ratio is under four-fifths, but its interval reaches above it
    AboveNotClear, // the ratio is at or above four-fifths, but its interval reaches below it
    ClearlyAbove,  // the whole interval lies at or above four-fifths
    NoComparison,  // shown, but fewer than two groups are, so there is nothing to compare it with
    Hidden,        // too few people to show, or hidden so that a small group cannot be worked out
};

struct GroupFairness {
    std::string group;
    FairnessReading reading = FairnessReading::Hidden;
    bool hidden_too_small = false; // hidden for its own size, not to protect another group
    // The rest only when not hidden.
    int people = 0;
    int with_outcome = 0;
    double rate = 0.0;
    RateInterval rate_interval; // Jeffreys, 90%
    // Favourable: this group's rate over the yardstick's (the highest). Adverse: the yardstick's (the
    // lowest) over this group's, so that under four-fifths means worse off either way. 1 when both are 0.
    double ratio = 1.0;
    RateInterval ratio_interval;           // 90%, from both groups' Jeffreys beliefs
    double chance_below_four_fifths = 0.0; // of the true ratio, under those beliefs
};

struct FairnessCheck {
    OutcomeKind kind = OutcomeKind::Favourable;
    int people = 0; // everyone, hidden groups included: the overall figure is always shown
    int with_outcome = 0;
    double rate = 0.0;
    RateInterval rate_interval;
    std::string yardstick;             // empty when fewer than two groups are shown
    std::vector<GroupFairness> groups; // as given, groups with no people left out
};

// The fairness of one outcome across the groups of one characteristic. A group of fewer than `minimum`
// people is hidden; then, because the overall figures are shown, further groups are hidden, fewest people
// first, until the hidden groups are none, or at least two that together hold at least `minimum` people
// (so that subtracting the shown groups from everyone reveals no single group and no small one).
// InvalidInput when a count is negative, more have the outcome than there are people, two groups share a
// name, or minimum is below 2. Method: docs/methodology/talent.md.
// Which groups check_fairness would hide with this minimum, in the order given (groups with nobody are
// never hidden): the same rule, counting people only, for callers that must decide hiding across tables.
[[nodiscard]] std::vector<bool> hidden_groups(std::span<const GroupCount> groups, int minimum);

[[nodiscard]] Result<FairnessCheck> check_fairness(std::span<const GroupCount> groups, OutcomeKind kind,
                                                   int minimum);

} // namespace leadline::domain
