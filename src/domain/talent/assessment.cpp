#include "domain/talent/assessment.hpp"

#include <algorithm>

#include "domain/core/text.hpp"

namespace leadline::domain {

namespace {

void check_one(const Framework& framework, const Attribute& indicator, const IndicatorRating& rating,
               std::vector<RatingProblem>& problems) {
    const auto evidence = written_length(rating.evidence);
    if (evidence > longest_evidence) {
        problems.push_back({indicator.id, "Keep the evidence for " + indicator.name + " to " +
                                              std::to_string(longest_evidence) + " characters"});
    }
    if (!rating.level) {
        return;
    }
    if (!framework.scale.contains(*rating.level)) {
        problems.push_back({indicator.id, "Choose one of the levels for " + indicator.name});
    } else if (evidence == 0) {
        problems.push_back({indicator.id, "Write the evidence for your rating of " + indicator.name +
                                              ", or choose \"" + framework.scale.not_observed_label + "\""});
    } else if (evidence < shortest_evidence) {
        problems.push_back({indicator.id, "Say more about the evidence for " + indicator.name +
                                              ": what the person did and what came of it"});
    }
}

} // namespace

std::vector<RatingProblem> assessment_problems(const Framework& framework,
                                               const std::vector<IndicatorRating>& ratings) {
    std::vector<RatingProblem> problems;
    for (const auto& rating : ratings) {
        if (framework.find_attribute(rating.indicator) == nullptr) {
            problems.push_back(
                {rating.indicator, "There is no indicator called " + rating.indicator.value()});
        }
    }
    for (const auto& indicator : framework.attributes) {
        const auto count = std::count_if(ratings.begin(), ratings.end(), [&](const IndicatorRating& rating) {
            return rating.indicator == indicator.id;
        });
        if (count == 0) {
            problems.push_back({indicator.id, "Choose a level for " + indicator.name + ", or \"" +
                                                  framework.scale.not_observed_label + "\""});
        } else if (count > 1) {
            problems.push_back({indicator.id, indicator.name + " is rated more than once"});
        } else {
            const auto& rating =
                *std::find_if(ratings.begin(), ratings.end(),
                              [&](const IndicatorRating& each) { return each.indicator == indicator.id; });
            check_one(framework, indicator, rating, problems);
        }
    }
    return problems;
}

} // namespace leadline::domain
