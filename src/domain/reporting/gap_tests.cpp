#include "domain/reporting/gap_tests.hpp"

#include <algorithm>
#include <cmath>

namespace leadline::domain {

namespace {

// No estimate of spread is needed for the floor: it is the variance of rounding to whole points.
constexpr double known_degrees_of_freedom = 1e6;

} // namespace

SelfSpread self_spread(const std::vector<std::vector<double>>& residuals, const RatingScale& scale) {
    double squares = 0.0;
    double freedom = 0.0;
    for (const auto& values : residuals) {
        if (values.size() < 2) {
            continue;
        }
        double total = 0.0;
        for (double value : values) {
            total += value;
        }
        const double mean = total / static_cast<double>(values.size());
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        freedom += static_cast<double>(values.size() - 1);
    }
    const double step =
        static_cast<double>(scale.highest() - scale.lowest()) / static_cast<double>(scale.points.size() - 1);
    const double rounding = step * step / 12.0;
    if (freedom == 0.0 || squares / freedom < rounding) {
        return {rounding, known_degrees_of_freedom};
    }
    return {squares / freedom, freedom};
}

Estimate self_estimate(const SubjectScores& scores, const std::vector<std::size_t>& attributes) {
    double total = 0.0;
    double inverse_answers = 0.0;
    for (auto a : attributes) {
        total += *scores.self[a];
        inverse_answers += 1.0 / std::max(1, scores.self_answered[a]);
    }
    const auto count = static_cast<double>(attributes.size());
    return {total / count, std::sqrt(scores.spread.variance * inverse_answers) / count,
            scores.spread.degrees_of_freedom};
}

std::optional<Estimate> others_estimate(const Summary& others) {
    if (!others.has_interval()) {
        return std::nullopt;
    }
    return Estimate{others.mean, others.sd / std::sqrt(static_cast<double>(others.n)),
                    static_cast<double>(others.n - 1)};
}

std::optional<Estimate> standing_out(const SubjectScores& scores, std::size_t attribute) {
    if (!scores.self[attribute]) {
        return std::nullopt;
    }
    // Elsewhere: the other attributes with both a self-view and others' scores.
    std::vector<std::size_t> elsewhere;
    for (std::size_t b = 0; b < scores.self.size(); ++b) {
        const bool rated = std::any_of(scores.raters[b].begin(), scores.raters[b].end(),
                                       [](const auto& score) { return score.has_value(); });
        if (b != attribute && scores.self[b] && rated) {
            elsewhere.push_back(b);
        }
    }
    if (elsewhere.empty()) {
        return std::nullopt;
    }
    std::vector<double> contrasts;
    for (std::size_t i = 0; i < scores.raters[attribute].size(); ++i) {
        const auto& here = scores.raters[attribute][i];
        if (!here) {
            continue;
        }
        double total = 0.0;
        int counted = 0;
        for (auto b : elsewhere) {
            if (const auto& there = scores.raters[b][i]) {
                total += *there;
                ++counted;
            }
        }
        if (counted > 0) {
            contrasts.push_back(*here - total / counted);
        }
    }
    const auto others = others_estimate(summarise(contrasts));
    if (!others) {
        return std::nullopt;
    }
    const auto self_here = self_estimate(scores, {attribute});
    const auto self_there = self_estimate(scores, elsewhere);
    // The two self-view parts rest on different answers, so their errors add in square too.
    const Estimate self_contrast{self_here.value - self_there.value,
                                 std::hypot(self_here.standard_error, self_there.standard_error),
                                 scores.spread.degrees_of_freedom};
    return difference_of(self_contrast, *others);
}

} // namespace leadline::domain
