#pragma once

#include <string>
#include <vector>

#include "domain/framework/framework.hpp"
#include "domain/talent/nine_box.hpp"

namespace leadline::domain {

// Who wrote an assessment: the person's line manager (whose ratings place them), or the person about
// themselves (optional: someone putting themselves forward).
enum class AssessorRole { LineManager, Self };

// The fewest characters of evidence a rating needs: a sentence, not a word.
inline constexpr std::size_t shortest_evidence = 20;
inline constexpr std::size_t longest_evidence = 3000;

// One thing wrong with what was typed for one indicator.
struct RatingProblem {
    AttributeId indicator;
    std::string message;
};

// What is wrong with an assessment as typed, indicator by indicator; empty when it can be saved. Every
// indicator of the framework is answered once, with a level on the scale or none ("not enough evidence
// yet"); a level counts only with written evidence of at least a sentence, so a level without it is
// refused rather than quietly dropped.
[[nodiscard]] std::vector<RatingProblem> assessment_problems(const Framework& framework,
                                                             const std::vector<IndicatorRating>& ratings);

} // namespace leadline::domain
