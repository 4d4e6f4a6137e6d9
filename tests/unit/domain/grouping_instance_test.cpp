#include <gtest/gtest.h>

#include "domain/grouping/grouping_instance.hpp"

using namespace leadline::domain;

namespace {

// Four elements in two groups of two; the best grouping pairs 0 with 3 and 1 with 2 (9 + 8).
constexpr std::string_view four = "4 2 ss 2 2 2 2\n"
                                  "0 1 1.5\n0 2 2\n0 3 9\n1 2 8\n1 3 0.5\n2 3 1\n";

std::string error_of(std::string_view text) {
    const auto parsed = parse_mdgplib(text);
    return parsed ? "" : parsed.error().message;
}

} // namespace

TEST(GroupingInstance, ReadsTheMdgplibFormat) {
    const auto instance = parse_mdgplib(four).value();
    EXPECT_EQ(instance.elements, 4U);
    ASSERT_EQ(instance.group_sizes.size(), 2U);
    EXPECT_EQ(instance.group_sizes[1], (std::pair<std::size_t, std::size_t>{2, 2}));
    EXPECT_DOUBLE_EQ(instance.between(3, 0), 9.0);
    EXPECT_DOUBLE_EQ(instance.between(1, 2), 8.0);
    EXPECT_DOUBLE_EQ(grouping_objective(instance, {0, 1, 1, 0}), 17.0);
    EXPECT_DOUBLE_EQ(grouping_objective(instance, {0, 0, 1, 1}), 2.5);
}

TEST(GroupingInstance, ChecksGroupSizesAndPlacement) {
    const auto instance = parse_mdgplib(four).value();
    EXPECT_TRUE(check_grouping(instance, {0, 1, 1, 0}));
    EXPECT_EQ(check_grouping(instance, {0, 0, 0, 1}).error().message,
              "Group 0 has 3 members; it needs 2 to 2.");
    EXPECT_EQ(check_grouping(instance, {0, 1, 2, 0}).error().message,
              "Element 2 is in group 2, which does not exist.");
    EXPECT_EQ(check_grouping(instance, {0, 1}).error().message, "The grouping places 2 of 4 elements.");
}

TEST(GroupingInstance, NamesTheLineAndColumnOfAProblem) {
    EXPECT_EQ(error_of("4 2 xx 2 2 2 2\n"),
              "line 1, column 5: expected \"ss\" or \"ds\" (same or different group sizes)");
    EXPECT_EQ(error_of("4 2 ss 2 2 2\n"), "line 1, column 13: expected a group's largest size here");
    EXPECT_EQ(error_of("4 2 ss 2 2 2 2\n0 1 1.5\n0 7 2\n"),
              "line 3, column 3: the pair's second element must be another element, 0 to 3");
    EXPECT_EQ(error_of("4 2 ss 2 2 2 2\n0 1 abc\n"), "line 2, column 5: \"abc\" is not a dissimilarity");
    EXPECT_EQ(error_of("4 2 ss 2 2 2 2\nx 1 2\n"), "line 2, column 1: \"x\" is not an element (0 to 3)");
    EXPECT_EQ(error_of("5 2 ss 2 2 2 2\n"),
              "The groups' sizes cannot hold 5 elements: together they take 4 to 4.");
    EXPECT_EQ(error_of(""), "line 1, column 1: expected the number of elements here");
}
