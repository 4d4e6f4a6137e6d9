#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/core/result.hpp"

namespace leadline::domain {

struct ScalePoint {
    int value = 0;
    std::string label;
};

// An answer to one behaviour: a point on the scale, or "not observed" (counted, but kept out of means).
class Rating {
  public:
    [[nodiscard]] static Rating not_observed() { return Rating{}; }
    [[nodiscard]] static Rating of(int value) { return Rating{value}; }

    [[nodiscard]] bool observed() const { return m_value.has_value(); }
    [[nodiscard]] int value() const { return m_value.value(); }

    bool operator==(const Rating&) const = default;

  private:
    Rating() = default;
    explicit Rating(int value) : m_value(value) {}
    std::optional<int> m_value;
};

// The points a rater chooses from, each with a label, plus the words for "not observed".
struct RatingScale {
    std::vector<ScalePoint> points;
    std::string not_observed_label = "Not observed";

    [[nodiscard]] bool contains(int value) const;
    [[nodiscard]] int lowest() const;
    [[nodiscard]] int highest() const;
    // Accepts "not observed" and any point on the scale; anything else is refused with a message.
    [[nodiscard]] Result<Rating> check(Rating rating) const;
};

} // namespace leadline::domain
