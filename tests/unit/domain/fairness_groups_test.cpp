#include <gtest/gtest.h>

#include "domain/talent/fairness_groups.hpp"

using namespace leadline::domain;

namespace {

Placement box(Band performance, Band potential) {
    return placed_in(Box{performance, potential});
}

} // namespace

TEST(FairnessGroups, TopBoxesAreCountedAmongPeoplePlacedInTheOrganisationsOrderOfValues) {
    const auto top = box(Band::High, Band::High);
    const auto middle = box(Band::Moderate, Band::Moderate);
    const Placement too_new{PlacementStatus::TooNewToAssess, Box{}};
    const std::vector<ReviewedPerson> people{
        {PersonId{1}, top, top},       {PersonId{2}, middle, middle},  {PersonId{3}, top, top},
        {PersonId{4}, middle, top},    {PersonId{5}, middle, too_new}, {PersonId{6}, middle, middle},
        {PersonId{7}, middle, middle},
    };
    const std::unordered_map<std::int64_t, EqualityRecord> records{
        {1, {{EqualityField::Sex, "Male"}}},   {2, {{EqualityField::Sex, "Female"}}},
        {3, {{EqualityField::Sex, "Female"}}}, {4, {{EqualityField::Sex, "Female"}}},
        {5, {{EqualityField::Sex, "Female"}}}, {6, {{EqualityField::Sex, "Intersex"}}},
    };
    const auto groups = group_counts(people, records, EqualityField::Sex, default_equality_categories(),
                                     OutcomeKind::Favourable);
    // Female: 2, 3, 4 placed (5 is too new), 3 and 4 in a top box. Male: 1 of 1. "Prefer not to say":
    // nobody, left out. Intersex: no longer a defined value, kept as recorded. Person 7: not recorded.
    ASSERT_EQ(groups.size(), 4U);
    EXPECT_EQ(groups[0].group, "Female");
    EXPECT_EQ(groups[0].people, 3);
    EXPECT_EQ(groups[0].with_outcome, 2);
    EXPECT_EQ(groups[1].group, "Male");
    EXPECT_EQ(groups[1].with_outcome, 1);
    EXPECT_EQ(groups[2].group, "Intersex");
    EXPECT_EQ(groups[3].group, "Not recorded");
    EXPECT_EQ(groups[3].people, 1);
}

TEST(FairnessGroups, MovedDownIsCountedAmongPeopleProposedInABox) {
    const std::vector<ReviewedPerson> people{
        {PersonId{1}, box(Band::High, Band::High), box(Band::Moderate, Band::High)},
        {PersonId{2}, box(Band::High, Band::High), box(Band::High, Band::High)},
        {PersonId{3}, box(Band::Low, Band::High), box(Band::High, Band::Low)},
        {PersonId{4}, Placement{}, box(Band::Low, Band::Low)},
    };
    const std::unordered_map<std::int64_t, EqualityRecord> records{
        {1, {{EqualityField::WorkingPattern, "Part-time"}}},
        {2, {{EqualityField::WorkingPattern, "Part-time"}}},
        {3, {{EqualityField::WorkingPattern, "Part-time"}}},
        {4, {{EqualityField::WorkingPattern, "Part-time"}}},
    };
    const auto groups = group_counts(people, records, EqualityField::WorkingPattern,
                                     default_equality_categories(), OutcomeKind::Adverse);
    ASSERT_EQ(groups.size(), 1U);
    EXPECT_EQ(groups[0].people, 3) << "person 4 was not proposed in a box";
    EXPECT_EQ(groups[0].with_outcome, 1) << "a move across is not down";
}
