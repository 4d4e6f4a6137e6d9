#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "domain/core/date.hpp"
#include "domain/core/result.hpp"
#include "domain/core/strong_id.hpp"
#include "domain/feedback/anonymity_policy.hpp"
#include "domain/statistics/descriptive.hpp"

namespace leadline::domain {

// A round of the pulse: months after a 360, a short survey of the subject's raters asking whether the
// subject has become more or less effective in each area they set out to work on. A cycle has up to three
// rounds, numbered in date order. Method: docs/methodology/development.md
struct PulseRound {
    int number = 1;
    Date opens_on;
    Date closes_on; // the last day answers are taken
};

inline constexpr int most_pulse_rounds = 3;
inline constexpr int least_change = -3; // "much less effective"
inline constexpr int most_change = 3;   // "much more effective"
// Areas that were not a focus, asked beside the focus areas so that goodwill is not read as growth.
inline constexpr std::size_t most_comparison_areas = 2;
inline constexpr std::size_t longest_feedforward = 1000; // characters (bytes of UTF-8)

enum class PulseRoundState { Scheduled, Open, Closed };
[[nodiscard]] PulseRoundState state_of(const PulseRound& round, Date today);

// The dates an admin starts from: 3, 6 and 12 months after the cycle closed, each open for two weeks.
[[nodiscard]] std::vector<PulseRound> suggested_pulse_rounds(Date cycle_closes_on);

// A problem with a set of rounds, with the round it is about (0: the set as a whole).
struct PulseRoundProblem {
    int round = 0;
    std::string message;
};

// Checks new dates against the rounds as they were: at most three rounds, each closing on or after the
// day it opens, opening after the cycle closed and after the round before it closed. A round that has
// opened keeps its opening day and cannot be removed, and a closed round is fixed: its results are shown,
// and moving its dates would let answers change them (or let the subject watch them change). A round not
// yet opened may open from today; an open one may close from today.
[[nodiscard]] std::vector<PulseRoundProblem> check_pulse_rounds(std::span<const PulseRound> rounds,
                                                                std::span<const PulseRound> before,
                                                                Date cycle_closes_on, Date today);

// One area a pulse asks about.
struct PulseItem {
    AttributeId attribute;
    bool focus = false; // one of the subject's focus areas; raters are not told which
};

// An attribute with the mean of others' ratings on the subject's report (none when too few rated it).
struct ReportedArea {
    AttributeId attribute;
    std::optional<double> others_mean;
};

// What a pulse asks about a subject: their focus areas, and up to two other areas to compare them with —
// those others rated lowest on the report (nearest to the focus areas, which are usually chosen for being
// low, so that any drift back towards the middle affects both sides alike); ties and areas without a mean
// go in the framework's order. Returned in the framework's order, which is the order raters see.
[[nodiscard]] std::vector<PulseItem> pulse_items(std::span<const AttributeId> focus,
                                                 std::span<const ReportedArea> areas_in_framework_order);

// One rater's answers in one round: a change from −3 to +3 per area, or none where they have not seen
// enough to say, and an optional suggestion for the future.
struct PulseRating {
    AttributeId attribute;
    int change = 0;
};
struct PulseAnswer {
    std::vector<PulseRating> ratings;
    std::string feedforward;
};

// Problems with an answer before it is kept: only the round's areas, each once, within −3 to +3, and
// a suggestion no longer than longest_feedforward. An answer that says nothing at all is a problem too.
[[nodiscard]] std::vector<std::string> check_pulse_answer(const PulseAnswer& answer,
                                                          std::span<const PulseItem> items);

// How many answers a pulse needs before its results are shown: the largest minimum of the cycle's groups
// other than the self-assessment and the line manager (the pulse does not break answers down by group, so
// the strictest group's rule holds for all), or the default group minimum when the cycle has none.
[[nodiscard]] int pulse_minimum(const AnonymityPolicy& policy, std::span<const RaterGroup> groups);

enum class HonestChange {
    TooFew,      // too few raters answered both kinds of area to say
    MoreInFocus, // the focus areas changed more than the others: the interval lies above zero
    NotClear,    // the interval holds zero
    LessInFocus, // the focus areas changed less than the others
};

struct AreaChange {
    AttributeId attribute;
    bool focus = false;
    Summary change; // raters' answers, its 90% interval within −3 to +3; n below the minimum: not shown
    bool shown = false;
};

// What a subject is shown of one round.
struct PulseResult {
    int answered = 0;
    int minimum = 0;
    bool shown = false; // enough answered for anything to be shown
    std::vector<AreaChange> areas;
    Summary focus;      // each rater's mean over the focus areas they rated, across raters
    Summary comparison; // the same over the comparison areas
    Summary difference; // each rater's focus mean minus their comparison mean, interval within −6 to +6
    HonestChange honest = HonestChange::TooFew;
    std::vector<std::string> feedforward; // only at the comment minimum or above, in alphabetical order
};

[[nodiscard]] PulseResult pulse_result(std::span<const PulseItem> items, std::span<const PulseAnswer> answers,
                                       int minimum, int comment_minimum);

} // namespace leadline::domain
