// The organisation heatmap: means per unit and attribute, and hiding that holds against an attacker
// who combines the shown figures (checked by tests/support/disclosure_check.hpp, written apart from
// the code under test).
#include <gtest/gtest.h>

#include "domain/core/rng.hpp"
#include "domain/reporting/heatmap.hpp"
#include "support/disclosure_check.hpp"

using namespace leadline;
using domain::HeatmapInput;
using domain::UnitId;

namespace {

domain::OrgUnit unit(long long id, std::optional<long long> parent, std::string name) {
    domain::OrgUnit made;
    made.id = UnitId{id};
    if (parent) {
        made.parent = UnitId{*parent};
    }
    made.name = std::move(name);
    return made;
}

// `count` subjects in the unit, each scoring `score` on every attribute and overall.
void add_subjects(HeatmapInput& input, long long unit_id, int count, double score) {
    for (int i = 0; i < count; ++i) {
        input.subjects.push_back(
            {UnitId{unit_id}, std::vector<std::optional<double>>(input.columns.size() + 1, score)});
    }
}

HeatmapInput two_departments() {
    HeatmapInput input;
    input.columns = {"Collaborating", "Inclusive teams"};
    input.units = {unit(1, std::nullopt, "Council"), unit(2, 1, "Adult care"), unit(3, 2, "Home care"),
                   unit(4, 2, "Day centres"), unit(5, 1, "Housing")};
    add_subjects(input, 3, 6, 4.0); // Home care: 6
    add_subjects(input, 4, 2, 2.0); // Day centres: 2, too few
    add_subjects(input, 5, 7, 3.0); // Housing: 7
    return input;
}

const domain::HeatmapRow& row_named(const domain::Heatmap& heatmap, const std::string& label) {
    for (const auto& row : heatmap.rows) {
        if (row.label == label) {
            return row;
        }
    }
    throw std::invalid_argument("no row " + label);
}

} // namespace

TEST(Heatmap, EachUnitShowsTheMeanOfEveryoneInItAndBelow) {
    const auto heatmap = domain::build_heatmap(two_departments()).value();
    EXPECT_EQ(heatmap.columns.back(), "Overall");
    const auto& whole = row_named(heatmap, "Whole organisation");
    EXPECT_EQ(whole.depth, 0);
    ASSERT_TRUE(whole.cells[0].shown);
    EXPECT_EQ(whole.cells[0].subjects, 15U);
    EXPECT_NEAR(whole.cells[0].mean, (6 * 4.0 + 2 * 2.0 + 7 * 3.0) / 15.0, 1e-12);
    const auto& care = row_named(heatmap, "Adult care");
    ASSERT_TRUE(care.cells[1].shown);
    EXPECT_EQ(care.cells[1].subjects, 8U);
    EXPECT_NEAR(care.cells[1].mean, (6 * 4.0 + 2 * 2.0) / 8.0, 1e-12);
    EXPECT_EQ(row_named(heatmap, "Housing").cells[0].subjects, 7U);
}

TEST(Heatmap, AUnitWithTooFewIsHiddenAndSoIsTheSiblingThatWouldGiveItAway) {
    const auto heatmap = domain::build_heatmap(two_departments()).value();
    for (const auto& cell : row_named(heatmap, "Day centres").cells) {
        EXPECT_FALSE(cell.shown);
        EXPECT_EQ(cell.subjects, 0U) << "a hidden cell says nothing, not even how small";
    }
    // Adult care (8) minus Home care (6) would be Day centres: Home care must be hidden too.
    for (const auto& cell : row_named(heatmap, "Home care").cells) {
        EXPECT_FALSE(cell.shown);
    }
    EXPECT_TRUE(row_named(heatmap, "Adult care").cells[0].shown);
    EXPECT_EQ(heatmap.hidden_too_small, 3U);
    EXPECT_EQ(heatmap.hidden_to_protect, 3U);
    EXPECT_TRUE(leadline::testing::DisclosureCheck(heatmap).given_away().empty());
}

TEST(Heatmap, TheWholeOrganisationMinusTheOtherUnitsCannotUncoverOne) {
    // Two departments under the organisation, one too small: the total minus the other would give it.
    HeatmapInput input;
    input.columns = {"Collaborating", "Inclusive teams"};
    input.units = {unit(1, std::nullopt, "Planning"), unit(2, std::nullopt, "Parks")};
    add_subjects(input, 1, 9, 4.0);
    add_subjects(input, 2, 3, 2.0);
    const auto heatmap = domain::build_heatmap(input).value();
    EXPECT_FALSE(row_named(heatmap, "Parks").cells[0].shown);
    const bool whole_shown = row_named(heatmap, "Whole organisation").cells[0].shown;
    const bool planning_shown = row_named(heatmap, "Planning").cells[0].shown;
    EXPECT_FALSE(whole_shown && planning_shown);
    EXPECT_TRUE(leadline::testing::DisclosureCheck(heatmap).given_away().empty());
}

TEST(Heatmap, AUnitsOwnPeopleGetARowSoTheParentIsTheSumOfItsRows) {
    HeatmapInput input;
    input.columns = {"Collaborating"};
    input.units = {unit(1, std::nullopt, "Chief executive's office"), unit(2, 1, "Policy")};
    add_subjects(input, 1, 2, 5.0); // two people directly in the office: too few
    add_subjects(input, 2, 8, 3.0);
    const auto heatmap = domain::build_heatmap(input).value();
    const auto& own = row_named(heatmap, "Chief executive's office (not in a team below)");
    EXPECT_TRUE(own.direct_members_only);
    EXPECT_FALSE(own.cells[0].shown);
    // The office (10) minus Policy (8) would give the two: one of them must be hidden.
    EXPECT_FALSE(row_named(heatmap, "Chief executive's office").cells[0].shown &&
                 row_named(heatmap, "Policy").cells[0].shown);
    EXPECT_TRUE(leadline::testing::DisclosureCheck(heatmap).given_away().empty());
}

TEST(Heatmap, ARowsOverallCannotBeUsedToUncoverOneAttribute) {
    // Only the second attribute has too few subjects in Housing (others' view of it was left out of
    // most reports): overall times two minus the first attribute would give it.
    HeatmapInput input;
    input.columns = {"Collaborating", "Inclusive teams"};
    input.units = {unit(1, std::nullopt, "Housing"), unit(2, std::nullopt, "Planning")};
    for (int i = 0; i < 8; ++i) {
        const std::optional<double> second = i < 2 ? std::optional<double>(2.0) : std::nullopt;
        input.subjects.push_back({UnitId{1}, {4.0, second, 3.5}});
    }
    add_subjects(input, 2, 8, 3.0);
    const auto heatmap = domain::build_heatmap(input).value();
    const auto& housing = row_named(heatmap, "Housing");
    EXPECT_FALSE(housing.cells[1].shown);
    EXPECT_FALSE(housing.cells[0].shown && housing.cells[2].shown);
    EXPECT_TRUE(leadline::testing::DisclosureCheck(heatmap).given_away().empty());
}

TEST(Heatmap, RandomOrganisationsNeverGiveAwayAHiddenCell) {
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        domain::Rng rng(seed);
        HeatmapInput input;
        input.columns = {"A", "B", "C"};
        input.k = 3 + static_cast<std::size_t>(rng.between(0, 3));
        const auto units = rng.between(2, 14);
        for (std::int64_t i = 1; i <= units; ++i) {
            const std::optional<long long> parent = i == 1 || rng.uniform() < 0.2
                                                        ? std::nullopt
                                                        : std::optional<long long>(rng.between(1, i - 1));
            input.units.push_back(unit(i, parent, "Unit " + std::to_string(i)));
        }
        const auto subjects = rng.between(1, 60);
        for (std::int64_t s = 0; s < subjects; ++s) {
            std::vector<std::optional<double>> scores;
            for (int c = 0; c < 4; ++c) {
                scores.push_back(rng.uniform() < 0.9 ? std::optional<double>(1.0 + 4.0 * rng.uniform())
                                                     : std::nullopt);
            }
            input.subjects.push_back({UnitId{rng.between(1, units + 1)}, scores}); // some not recorded
        }
        const auto heatmap = domain::build_heatmap(input).value();
        for (const auto& row : heatmap.rows) {
            for (const auto& cell : row.cells) {
                EXPECT_TRUE(!cell.shown || cell.subjects == 0 || cell.subjects >= input.k)
                    << "seed " << seed << ", " << row.label;
            }
            // Each row is the sum of the rows under it, in subjects, wherever all are shown.
            if (row.children.empty()) {
                continue;
            }
            for (std::size_t c = 0; c < heatmap.columns.size(); ++c) {
                bool all_shown = row.cells[c].shown;
                std::size_t below = 0;
                for (const auto child : row.children) {
                    all_shown = all_shown && heatmap.rows[child].cells[c].shown;
                    below += heatmap.rows[child].cells[c].subjects;
                }
                if (all_shown) {
                    EXPECT_EQ(row.cells[c].subjects, below) << "seed " << seed << ", " << row.label;
                }
            }
        }
        const auto given_away = leadline::testing::DisclosureCheck(heatmap).given_away();
        EXPECT_TRUE(given_away.empty()) << "seed " << seed << ": row " << given_away.front().first
                                        << ", column " << given_away.front().second;
    }
}

TEST(Heatmap, NonsenseInputIsRefusedWithAReason) {
    auto input = two_departments();
    input.k = 1;
    EXPECT_EQ(domain::build_heatmap(input).error().code, domain::ErrorCode::InvalidInput);
    input = two_departments();
    input.subjects[0].scores.pop_back();
    EXPECT_EQ(domain::build_heatmap(input).error().code, domain::ErrorCode::InvalidInput);
}
