#include <algorithm>

#include <gtest/gtest.h>

#include "domain/core/rng.hpp"
#include "domain/statistics/linear_disclosure.hpp"
#include "domain/talent/fairness_intersections.hpp"

using namespace leadline::domain;

namespace {

// A table from its cells' people (everyone with the outcome in none, which the hiding ignores).
IntersectionTable table_of(const std::vector<std::string>& rows, const std::vector<std::string>& columns,
                           const std::vector<std::vector<int>>& people) {
    IntersectionTable table;
    for (const auto& name : rows) {
        table.rows.push_back({name, 0, 0, false});
    }
    for (const auto& name : columns) {
        table.columns.push_back({name, 0, 0, false});
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
        auto& cells = table.cells.emplace_back();
        for (std::size_t c = 0; c < columns.size(); ++c) {
            cells.push_back({rows[r] + ", " + columns[c], people[r][c], 0, false});
            table.rows[r].people += people[r][c];
            table.columns[c].people += people[r][c];
        }
    }
    return table;
}

} // namespace

TEST(FairnessIntersections, OneSmallCellOfATwoByTwoTableHidesItAll) {
    // With every row and column total shown, one known cell of a 2×2 table gives the other three.
    const auto table = table_of({"Female", "Male"}, {"A", "B"}, {{12, 3}, {10, 9}});
    const auto withheld = intersection_withheld(table, 5);
    for (const auto& row : withheld) {
        for (const bool cell : row) {
            EXPECT_TRUE(cell);
        }
    }
}

TEST(FairnessIntersections, ASmallCellIsProtectedByTheSmallestRectangleAroundIt) {
    // Female: A 12, B 3, C 8 (23); Male: A 10, B 9, C 7 (26). F·B is small. Hiding F·B, F·C, M·B and M·C
    // leaves one degree of freedom among them (worked by hand in docs/methodology/talent.md); column A
    // stays shown.
    const auto table = table_of({"Female", "Male"}, {"A", "B", "C"}, {{12, 3, 8}, {10, 9, 7}});
    const auto withheld = intersection_withheld(table, 5);
    const std::vector<std::vector<bool>> expected{{false, true, true}, {false, true, true}};
    EXPECT_EQ(withheld, expected);
}

TEST(FairnessIntersections, NoCellIsHiddenWhenEveryCellIsLargeEnough) {
    const auto table = table_of({"Female", "Male"}, {"A", "B"}, {{12, 6}, {10, 9}});
    const std::vector<std::vector<bool>> none{{false, false}, {false, false}};
    EXPECT_EQ(intersection_withheld(table, 5), none);
}

TEST(FairnessIntersections, AnEmptyCombinationLeftShownIsKnownToBeEmpty) {
    const auto table = table_of({"Female", "Male"}, {"A", "B"}, {{12, 0}, {10, 9}});
    const std::vector<std::vector<bool>> none{{false, false}, {false, false}};
    EXPECT_EQ(intersection_withheld(table, 5), none);
}

TEST(FairnessIntersections, EmptyCombinationsAreHiddenWhenTheirEmptinessWouldGiveASmallOneAway) {
    // Rows 7, 8, 14; columns 21, 8. With (r0, A) and (r1, B) known to be empty, row r0 gives (r0, B) = 7,
    // and column B then gives (r2, B) = 8 - 7 = 1. Hiding the empty cells leaves one degree of freedom.
    const auto table = table_of({"r0", "r1", "r2"}, {"A", "B"}, {{0, 7}, {8, 0}, {13, 1}});
    const auto withheld = intersection_withheld(table, 5);
    EXPECT_TRUE(withheld[2][1]);
    EXPECT_TRUE(withheld[0][0] || withheld[1][1]) << "an empty cell is withheld";
    const auto check = check_intersection(table, OutcomeKind::Favourable, 5);
    ASSERT_TRUE(check);
    std::size_t listed_hidden = 0;
    for (const auto& group : check->groups) {
        listed_hidden += group.reading == FairnessReading::Hidden ? 1U : 0U;
    }
    std::size_t expected_hidden = 0;
    for (const auto& row : withheld) {
        expected_hidden += static_cast<std::size_t>(std::count(row.begin(), row.end(), true));
    }
    EXPECT_EQ(listed_hidden, expected_hidden) << "a withheld empty combination is listed as hidden";
}

// The attack: for many random tables, nothing small can be worked out from what the page shows (the shown
// cells, the single tables' shown totals and the grand total), checked by exact elimination.
TEST(FairnessIntersections, NoSmallCellOrTotalCanBeWorkedOutInRandomTables) {
    Rng rng(20261202);
    for (int trial = 0; trial < 300; ++trial) {
        const auto rows = static_cast<std::size_t>(rng.between(2, 4));
        const auto columns = static_cast<std::size_t>(rng.between(2, 6));
        std::vector<std::string> row_names;
        std::vector<std::string> column_names;
        std::vector<std::vector<int>> people(rows, std::vector<int>(columns));
        for (std::size_t r = 0; r < rows; ++r) {
            row_names.push_back("r" + std::to_string(r));
            for (std::size_t c = 0; c < columns; ++c) {
                people[r][c] = static_cast<int>(rng.between(0, 14));
            }
        }
        for (std::size_t c = 0; c < columns; ++c) {
            column_names.push_back("c" + std::to_string(c));
        }
        const auto table = table_of(row_names, column_names, people);
        const int minimum = 5;
        const auto withheld = intersection_withheld(table, minimum);
        // The same figures and sums, written out independently of the code under test.
        const auto cell = [&](std::size_t r, std::size_t c) { return r * columns + c; };
        const auto row_total = rows * columns;
        const auto column_total = row_total + rows;
        const auto grand = column_total + columns;
        std::vector<LinearRelation> relations;
        for (std::size_t r = 0; r < rows; ++r) {
            LinearRelation sum{{{row_total + r, -1.0}}};
            for (std::size_t c = 0; c < columns; ++c) {
                sum.terms.emplace_back(cell(r, c), 1.0);
            }
            relations.push_back(sum);
        }
        for (std::size_t c = 0; c < columns; ++c) {
            LinearRelation sum{{{column_total + c, -1.0}}};
            for (std::size_t r = 0; r < rows; ++r) {
                sum.terms.emplace_back(cell(r, c), 1.0);
            }
            relations.push_back(sum);
        }
        LinearRelation all{{{grand, -1.0}}};
        for (std::size_t c = 0; c < columns; ++c) {
            all.terms.emplace_back(column_total + c, 1.0);
        }
        relations.push_back(all);
        std::vector<bool> hidden(grand + 1, false);
        const auto row_hidden = hidden_groups(table.rows, minimum);
        const auto column_hidden = hidden_groups(table.columns, minimum);
        for (std::size_t r = 0; r < rows; ++r) {
            hidden[row_total + r] = row_hidden[r];
            for (std::size_t c = 0; c < columns; ++c) {
                hidden[cell(r, c)] = withheld[r][c];
                if (people[r][c] > 0 && people[r][c] < minimum) {
                    ASSERT_TRUE(withheld[r][c]) << "a small cell is always withheld";
                }
            }
        }
        for (std::size_t c = 0; c < columns; ++c) {
            hidden[column_total + c] = column_hidden[c];
        }
        for (const auto figure : derivable_hidden(grand + 1, relations, hidden)) {
            int size = 0;
            if (figure < row_total) {
                size = people[figure / columns][figure % columns];
            } else if (figure < column_total) {
                size = table.rows[figure - row_total].people;
            } else if (figure < grand) {
                size = table.columns[figure - column_total].people;
            }
            std::string shown;
            for (std::size_t r = 0; r < rows; ++r) {
                for (std::size_t c = 0; c < columns; ++c) {
                    shown += std::to_string(people[r][c]) + (withheld[r][c] ? "h " : " ");
                }
                shown += (row_hidden[r] ? "| H\n" : "|\n");
            }
            EXPECT_FALSE(size > 0 && size < minimum) << "trial " << trial << ": figure " << figure << "\n"
                                                     << shown;
        }
    }
}

TEST(FairnessIntersections, CombinationsAddUpToEachCharacteristicAloneAndBecomeGroupsOfTheCheck) {
    const EqualityCategories categories = default_equality_categories();
    std::unordered_map<std::int64_t, EqualityRecord> records;
    std::vector<ReviewedPerson> people;
    const auto sexes = categories.of(EqualityField::Sex);
    const auto patterns = categories.of(EqualityField::WorkingPattern);
    for (int i = 0; i < 40; ++i) {
        ReviewedPerson person{PersonId(i + 1), {}, placed_in(box_at(static_cast<std::size_t>(i % 9)))};
        people.push_back(person);
        if (i % 10 != 9) { // one in ten has recorded nothing
            records[i + 1] = {
                {EqualityField::Sex, sexes[static_cast<std::size_t>(i % 2)]},
                {EqualityField::WorkingPattern, patterns[static_cast<std::size_t>(i % 3 == 0)]}};
        }
    }
    const auto table = intersection_counts(people, records, EqualityField::Sex, EqualityField::WorkingPattern,
                                           categories, ReviewOutcome::TopBox);
    int total = 0;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        int across = 0;
        int with_outcome = 0;
        for (const auto& cell : table.cells[r]) {
            across += cell.people;
            with_outcome += cell.with_outcome;
        }
        EXPECT_EQ(across, table.rows[r].people) << table.rows[r].group;
        EXPECT_EQ(with_outcome, table.rows[r].with_outcome) << table.rows[r].group;
        total += across;
    }
    EXPECT_EQ(total, 40);
    EXPECT_EQ(table.rows.back().group, not_recorded_group);
    const auto check = check_intersection(table, OutcomeKind::Favourable, 5);
    ASSERT_TRUE(check);
    EXPECT_EQ(check->people, 40);
    EXPECT_EQ(check->groups.front().group, table.cells[0][0].group);
}
