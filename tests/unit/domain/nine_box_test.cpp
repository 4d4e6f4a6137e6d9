#include <gtest/gtest.h>

#include "app/frameworks/framework_catalog.hpp"
#include "domain/talent/nine_box.hpp"

using namespace leadline::domain;

namespace {

RatingScale one_to_four() {
    RatingScale scale;
    for (int value = 1; value <= 4; ++value) {
        scale.points.push_back({value, "Level " + std::to_string(value)});
    }
    return scale;
}

IndicatorRating rated(const char* indicator, std::optional<int> level) {
    return {AttributeId(indicator), level, "Led the housing repairs backlog review to completion."};
}

const Framework& indicators_of_potential() {
    static const auto catalog =
        leadline::app::FrameworkCatalog::load_directory(LEADLINE_SOURCE_FRAMEWORKS).value();
    return catalog.find("indicators-of-potential")->framework;
}

} // namespace

TEST(NineBox, BoxesAreNumberedPerformanceAcrossPotentialUpAndDescribedPlainly) {
    for (std::size_t index = 0; index < box_count; ++index) {
        EXPECT_EQ(box_index(box_at(index)), index);
    }
    EXPECT_EQ(box_index(Box{Band::High, Band::Low}), 2U);
    EXPECT_EQ(box_index(Box{Band::Low, Band::High}), 6U);
    EXPECT_EQ(box_description(Box{Band::High, Band::Moderate}), "High performance, moderate potential");
    EXPECT_EQ(placement_description(Placement{PlacementStatus::TooNewToAssess, Box{}}), "Too new to assess");
}

TEST(NineBox, TheTopBoxesAreTheThreeUpAndToTheRight) {
    int top = 0;
    for (std::size_t index = 0; index < box_count; ++index) {
        top += is_top_box(box_at(index)) ? 1 : 0;
    }
    EXPECT_EQ(top, 3);
    EXPECT_TRUE(is_top_box(Box{Band::Moderate, Band::High}));
    EXPECT_TRUE(is_top_box(Box{Band::High, Band::Moderate}));
    EXPECT_FALSE(is_top_box(Box{Band::High, Band::Low})) << "high performance alone is not potential";
    EXPECT_FALSE(is_top_box(Box{Band::Moderate, Band::Moderate}));
}

TEST(NineBox, AMoveIsDownWhenLowerOnOneAxisAndNotHigherOnTheOther) {
    const auto middle = placed_in(Box{Band::Moderate, Band::Moderate});
    EXPECT_EQ(move_direction(middle, placed_in(Box{Band::Low, Band::Moderate})), MoveDirection::Down);
    EXPECT_EQ(move_direction(middle, placed_in(Box{Band::Low, Band::Low})), MoveDirection::Down);
    EXPECT_EQ(move_direction(middle, placed_in(Box{Band::High, Band::Moderate})), MoveDirection::Up);
    EXPECT_EQ(move_direction(middle, placed_in(Box{Band::High, Band::Low})), MoveDirection::Across);
    EXPECT_EQ(move_direction(middle, middle), MoveDirection::None);
    EXPECT_EQ(move_direction(middle, Placement{PlacementStatus::TooNewToAssess, Box{}}),
              MoveDirection::StatusChange);
}

TEST(NineBox, BandsAreThirdsOfTheScale) {
    const auto scale = one_to_four();
    EXPECT_EQ(band_of(1.0, scale), Band::Low);
    EXPECT_EQ(band_of(1.9, scale), Band::Low);
    EXPECT_EQ(band_of(2.0, scale), Band::Moderate);
    EXPECT_EQ(band_of(2.5, scale), Band::Moderate);
    EXPECT_EQ(band_of(3.0, scale), Band::High);
    EXPECT_EQ(band_of(4.0, scale), Band::High);
}

TEST(NineBox, TheSuggestedBoxTakesPerformanceFromItsIndicatorAndPotentialFromTheMeanOfTheRest) {
    const auto& framework = indicators_of_potential();
    const auto axes = default_axes(framework);
    EXPECT_EQ(axes.performance.value(), "performance");
    ASSERT_EQ(axes.potential.size(), 2U);

    // Performance 4 (high); purpose 3 and values 2 average 2.5 (moderate).
    EXPECT_EQ(suggested_box(axes, framework.scale,
                            {rated("performance", 4), rated("purpose", 3), rated("values", 2)}),
              (Box{Band::High, Band::Moderate}));
    // Purpose 3 and values 3: high potential; performance 1: low.
    EXPECT_EQ(suggested_box(axes, framework.scale,
                            {rated("performance", 1), rated("purpose", 3), rated("values", 3)}),
              (Box{Band::Low, Band::High}));
    // "Not enough evidence yet" on values: no suggestion.
    EXPECT_EQ(suggested_box(axes, framework.scale,
                            {rated("performance", 3), rated("purpose", 3), rated("values", std::nullopt)}),
              std::nullopt);
}

TEST(NineBox, TheEvidenceBehindAPlacementIsSaidInWords) {
    EXPECT_EQ(evidence_strength({1, 0}), EvidenceStrength::Thin);
    EXPECT_EQ(evidence_strength({0, 12}), EvidenceStrength::Thin);
    EXPECT_EQ(evidence_strength({1, 3}), EvidenceStrength::Some);
    EXPECT_EQ(evidence_strength({2, 0}), EvidenceStrength::Some);
    EXPECT_EQ(evidence_strength({2, 4}), EvidenceStrength::Some);
    EXPECT_EQ(evidence_strength({2, 5}), EvidenceStrength::Broad);
    EXPECT_EQ(evidence_summary({1, 0}), "1 assessor, no 360");
    EXPECT_EQ(evidence_summary({2, 8}), "2 assessors and 8 raters in a 360");
}
