#pragma once

#include <optional>
#include <vector>

#include "domain/framework/rating_scale.hpp"
#include "domain/statistics/descriptive.hpp"
#include "domain/statistics/estimate.hpp"

namespace leadline::domain {

// How much one answer of the self-view varies around what the subject would give on average: the
// pooled spread, within each attribute, of the subject's answer to a behaviour minus others' mean for
// it. Never below the rounding error of an answer given in whole points of the scale.
struct SelfSpread {
    double variance = 0.0;
    double degrees_of_freedom = 1.0;
};

// residuals[a]: for attribute a, the self-view's answer minus others' mean, one per behaviour where
// both exist.
[[nodiscard]] SelfSpread self_spread(const std::vector<std::vector<double>>& residuals,
                                     const RatingScale& scale);

// What the gap tests read for one subject, attribute by attribute in the framework's order.
struct SubjectScores {
    std::vector<std::optional<double>> self; // the self-view's attribute score
    std::vector<int> self_answered;          // behaviours the self-view rated (not "not observed")
    // raters[a][i]: response i's score for attribute a, only where it counts in a shown cell.
    std::vector<std::vector<std::optional<double>>> raters;
    SelfSpread spread;
};

// The self-view's score as an estimate: its error is the spread of one answer over the number of
// answers behind it. `attributes` lists which attributes' scores are averaged (one: that attribute).
[[nodiscard]] Estimate self_estimate(const SubjectScores& scores, const std::vector<std::size_t>& attributes);

// Others' mean as an estimate: each rater is one observation (raters differ in leniency).
[[nodiscard]] std::optional<Estimate> others_estimate(const Summary& others);

// How far the subject's gap on `attribute` stands apart from their gap on the other attributes
// (self minus others, there, minus the same averaged elsewhere), with the error of both sides. Others'
// side is each rater's own contrast (their score here minus their mean elsewhere), so a rater's
// leniency cancels. None without at least two raters' contrasts or another attribute to compare with.
[[nodiscard]] std::optional<Estimate> standing_out(const SubjectScores& scores, std::size_t attribute);

} // namespace leadline::domain
