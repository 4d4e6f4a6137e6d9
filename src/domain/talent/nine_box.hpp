#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/core/strong_id.hpp"
#include "domain/framework/framework.hpp"

namespace leadline::domain {

// One axis of the 9-box, in three bands.
enum class Band { Low, Moderate, High };

inline constexpr std::array<Band, 3> bands{Band::Low, Band::Moderate, Band::High};

[[nodiscard]] std::string_view band_label(Band band); // "Low", "Moderate", "High"

// A box of the 9-box: performance across, potential up.
struct Box {
    Band performance = Band::Moderate;
    Band potential = Band::Moderate;

    friend bool operator==(const Box&, const Box&) = default;
};

inline constexpr std::size_t box_count = 9;
// 0 (low performance, low potential) to 8 (high, high), performance fastest.
[[nodiscard]] std::size_t box_index(Box box);
[[nodiscard]] Box box_at(std::size_t index);
// "High performance, moderate potential": what the box says about the evidence, not a label for a person.
[[nodiscard]] std::string box_description(Box box);
// The three boxes up and to the right: both axes at least moderate and one of them high. Being placed in
// one is the favourable outcome whose fairness the review checks.
[[nodiscard]] bool is_top_box(Box box);
// Moderate on both axes: where calibration tends to pull people.
[[nodiscard]] bool is_middle_box(Box box);

enum class PlacementStatus { NotPlaced, Placed, TooNewToAssess };

// Where a person stands in a review: not placed yet, in a box, or too new in their role to assess.
struct Placement {
    PlacementStatus status = PlacementStatus::NotPlaced;
    Box box;

    friend bool operator==(const Placement& a, const Placement& b) {
        return a.status == b.status && (a.status != PlacementStatus::Placed || a.box == b.box);
    }
};

[[nodiscard]] Placement placed_in(Box box);
[[nodiscard]] std::string placement_description(const Placement& placement);

// How a change of placement runs: down when the new box is lower on one axis and not higher on the
// other (down, left, or both); up the other way round; across when one axis rises and the other falls;
// a change of status when either side is not a box.
enum class MoveDirection { Up, Down, Across, StatusChange, None };
[[nodiscard]] MoveDirection move_direction(const Placement& from, const Placement& to);

// One indicator as an assessor rated it: a level with the evidence for it, or none ("not enough evidence
// yet"), with whatever evidence there is so far.
struct IndicatorRating {
    AttributeId indicator;
    std::optional<int> level;
    std::string evidence;
};

// Which indicators make each axis: performance from one, potential from the mean of the others.
struct AxisDefinition {
    AttributeId performance;
    std::vector<AttributeId> potential;
};

// Performance from the indicator called "performance" (or the first), potential from all the others.
[[nodiscard]] AxisDefinition default_axes(const Framework& framework);

// Where a mean rating falls on the scale, in thirds of its range: the lowest third Low, the middle
// Moderate, the top High (on 1–4: 1 Low, 2 Moderate, 3 and 4 High; a mean of 2.5 Moderate).
[[nodiscard]] Band band_of(double mean, const RatingScale& scale);

// The box an assessment suggests, as a starting point for the people placing; none while any indicator
// an axis needs has no level.
[[nodiscard]] std::optional<Box> suggested_box(const AxisDefinition& axes, const RatingScale& scale,
                                               const std::vector<IndicatorRating>& ratings);

// Who stands behind a placement: assessors who rated the person (their own self-assessment not counted)
// and the raters of their published 360 report, if any.
struct EvidenceBase {
    int assessors = 0;
    int raters = 0;
};

// Broad: two assessors or more and a 360 of at least 5 raters. Some: at least one assessor, and either a
// second or a 360 of at least 3 raters. Thin: anything less (one view alone is one person's impression).
enum class EvidenceStrength { Thin, Some, Broad };
[[nodiscard]] EvidenceStrength evidence_strength(const EvidenceBase& base);
[[nodiscard]] std::string evidence_summary(const EvidenceBase& base); // "1 assessor and 8 raters"

} // namespace leadline::domain
