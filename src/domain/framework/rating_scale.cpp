#include "domain/framework/rating_scale.hpp"

#include <algorithm>

namespace leadline::domain {

bool RatingScale::contains(int value) const {
    return std::any_of(points.begin(), points.end(),
                       [value](const ScalePoint& p) { return p.value == value; });
}

int RatingScale::lowest() const {
    int low = points.empty() ? 0 : points.front().value;
    for (const auto& point : points) {
        low = std::min(low, point.value);
    }
    return low;
}

int RatingScale::highest() const {
    int high = points.empty() ? 0 : points.front().value;
    for (const auto& point : points) {
        high = std::max(high, point.value);
    }
    return high;
}

Result<Rating> RatingScale::check(Rating rating) const {
    if (!rating.observed() || contains(rating.value())) {
        return rating;
    }
    return fail(ErrorCode::InvalidInput, "A rating of " + std::to_string(rating.value()) +
                                             " is not on the scale; choose from " + std::to_string(lowest()) +
                                             " to " + std::to_string(highest()) + " or \"" +
                                             not_observed_label + "\".");
}

} // namespace leadline::domain
