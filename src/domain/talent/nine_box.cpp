#include "domain/talent/nine_box.hpp"

#include <algorithm>

#include "domain/core/text.hpp"

namespace leadline::domain {

namespace {

int rank(Band band) {
    return static_cast<int>(band);
}

const IndicatorRating* rating_of(const std::vector<IndicatorRating>& ratings, const AttributeId& indicator) {
    const auto found = std::find_if(ratings.begin(), ratings.end(), [&](const IndicatorRating& rating) {
        return rating.indicator == indicator;
    });
    return found == ratings.end() ? nullptr : &*found;
}

} // namespace

std::string_view band_label(Band band) {
    switch (band) {
    case Band::Low:
        return "Low";
    case Band::Moderate:
        return "Moderate";
    case Band::High:
        return "High";
    }
    return "";
}

std::size_t box_index(Box box) {
    const auto across = static_cast<std::size_t>(rank(box.performance));
    return static_cast<std::size_t>(rank(box.potential)) * 3 + across;
}

Box box_at(std::size_t index) {
    return Box{bands.at(index % 3), bands.at(index / 3)};
}

std::string box_description(Box box) {
    return std::string(band_label(box.performance)) + " performance, " + lowered(band_label(box.potential)) +
           " potential";
}

bool is_top_box(Box box) {
    return box.performance != Band::Low && box.potential != Band::Low &&
           (box.performance == Band::High || box.potential == Band::High);
}

bool is_middle_box(Box box) {
    return box.performance == Band::Moderate && box.potential == Band::Moderate;
}

Placement placed_in(Box box) {
    return Placement{PlacementStatus::Placed, box};
}

std::string placement_description(const Placement& placement) {
    switch (placement.status) {
    case PlacementStatus::NotPlaced:
        return "Not placed yet";
    case PlacementStatus::TooNewToAssess:
        return "Too new to assess";
    case PlacementStatus::Placed:
        return box_description(placement.box);
    }
    return "";
}

MoveDirection move_direction(const Placement& from, const Placement& to) {
    if (from == to) {
        return MoveDirection::None;
    }
    if (from.status != PlacementStatus::Placed || to.status != PlacementStatus::Placed) {
        return MoveDirection::StatusChange;
    }
    const int across = rank(to.box.performance) - rank(from.box.performance);
    const int up = rank(to.box.potential) - rank(from.box.potential);
    if (across <= 0 && up <= 0) {
        return MoveDirection::Down;
    }
    if (across >= 0 && up >= 0) {
        return MoveDirection::Up;
    }
    return MoveDirection::Across;
}

AxisDefinition default_axes(const Framework& framework) {
    AxisDefinition axes;
    const auto named =
        std::find_if(framework.attributes.begin(), framework.attributes.end(),
                     [](const Attribute& attribute) { return attribute.id.value() == "performance"; });
    const auto& performance = named != framework.attributes.end() ? *named : framework.attributes.front();
    axes.performance = performance.id;
    for (const auto& attribute : framework.attributes) {
        if (attribute.id != performance.id) {
            axes.potential.push_back(attribute.id);
        }
    }
    return axes;
}

Band band_of(double mean, const RatingScale& scale) {
    const double low = scale.lowest();
    const double range = scale.highest() - low;
    const double place = range > 0 ? (mean - low) / range : 0.0;
    // A small allowance so that a mean landing exactly on a third (2 on 1–4) is not lost to rounding.
    constexpr double allowance = 1e-9;
    if (place + allowance < 1.0 / 3.0) {
        return Band::Low;
    }
    return place + allowance < 2.0 / 3.0 ? Band::Moderate : Band::High;
}

std::optional<Box> suggested_box(const AxisDefinition& axes, const RatingScale& scale,
                                 const std::vector<IndicatorRating>& ratings) {
    const auto* performance = rating_of(ratings, axes.performance);
    if (performance == nullptr || !performance->level || axes.potential.empty()) {
        return std::nullopt;
    }
    double total = 0.0;
    for (const auto& indicator : axes.potential) {
        const auto* rating = rating_of(ratings, indicator);
        if (rating == nullptr || !rating->level) {
            return std::nullopt;
        }
        total += *rating->level;
    }
    return Box{band_of(*performance->level, scale),
               band_of(total / static_cast<double>(axes.potential.size()), scale)};
}

EvidenceStrength evidence_strength(const EvidenceBase& base) {
    constexpr int some_raters = 3;
    constexpr int broad_raters = 5;
    if (base.assessors >= 2 && base.raters >= broad_raters) {
        return EvidenceStrength::Broad;
    }
    if (base.assessors >= 2 || (base.assessors >= 1 && base.raters >= some_raters)) {
        return EvidenceStrength::Some;
    }
    return EvidenceStrength::Thin;
}

std::string evidence_summary(const EvidenceBase& base) {
    const auto counted = [](int count, const char* one, const char* many) {
        return std::to_string(count) + " " + (count == 1 ? one : many);
    };
    std::string said = counted(base.assessors, "assessor", "assessors");
    if (base.raters > 0) {
        said += " and " + counted(base.raters, "rater", "raters") + " in a 360";
    } else {
        said += ", no 360";
    }
    return said;
}

} // namespace leadline::domain
