// The pulse by unit: each unit's average change where people worked on an attribute, each person once,
// hidden by the heatmap's rules when a figure rests on too few people.
#include <gtest/gtest.h>

#include "app/development/pulse_by_unit.hpp"

using namespace leadline;

namespace {

domain::Framework three_attributes() {
    domain::Framework framework;
    for (const auto* id : {"listening", "candour", "delivery"}) {
        domain::Attribute attribute;
        attribute.id = domain::AttributeId(id);
        attribute.name = std::string("The ") + id;
        framework.attributes.push_back(attribute);
    }
    return framework;
}

std::vector<domain::OrgUnit> two_teams() {
    return {{domain::UnitId(1), std::nullopt, "Housing", "Housing"},
            {domain::UnitId(2), std::nullopt, "Libraries", "Libraries"}};
}

// A shown result with the given focus areas (attribute, raters' mean change), and their overall.
domain::PulseResult focus_on(std::vector<std::pair<const char*, double>> areas, double overall) {
    domain::PulseResult result;
    result.shown = true;
    for (const auto& [attribute, change] : areas) {
        domain::AreaChange area;
        area.attribute = domain::AttributeId(attribute);
        area.focus = true;
        area.shown = true;
        area.change.n = 4;
        area.change.mean = change;
        result.areas.push_back(area);
    }
    result.focus.n = 4;
    result.focus.mean = overall;
    return result;
}

const domain::HeatmapRow& row_named(const domain::Heatmap& map, const std::string& label) {
    for (const auto& row : map.rows) {
        if (row.label == label) {
            return row;
        }
    }
    throw std::runtime_error("no row " + label);
}

} // namespace

TEST(PulseByUnit, AveragesEachUnitsPeopleWhereTheyWorkedOnAnAttribute) {
    std::map<domain::PersonId, domain::UnitId> unit_of{{domain::PersonId(1), domain::UnitId(1)},
                                                       {domain::PersonId(2), domain::UnitId(1)},
                                                       {domain::PersonId(3), domain::UnitId(2)},
                                                       {domain::PersonId(4), domain::UnitId(2)},
                                                       {domain::PersonId(5), domain::UnitId(2)}};
    std::map<domain::PersonId, domain::PulseResult> results;
    results[domain::PersonId(1)] = focus_on({{"listening", 1.0}}, 1.0);
    results[domain::PersonId(2)] = focus_on({{"listening", 2.0}}, 2.0);
    results[domain::PersonId(3)] = focus_on({{"delivery", 1.5}}, 1.5);
    results[domain::PersonId(4)] = focus_on({{"delivery", -0.5}}, -0.5);
    // Too few answered about this person: nothing of theirs counts, so candour is no one's column.
    results[domain::PersonId(5)] = focus_on({{"candour", 3.0}, {"delivery", 3.0}}, 3.0);
    results[domain::PersonId(5)].shown = false;

    const auto map = app::pulse_by_unit(three_attributes(), two_teams(), unit_of, results, 2).value();

    ASSERT_EQ(map.columns, (std::vector<std::string>{"The listening", "The delivery", "All focus areas"}));
    EXPECT_EQ(map.hidden_too_small + map.hidden_to_protect, 0U);
    const auto& organisation = map.rows.front();
    EXPECT_DOUBLE_EQ(organisation.cells[0].mean, 1.5); // (1 + 2) / 2
    EXPECT_EQ(organisation.cells[0].subjects, 2U);
    EXPECT_DOUBLE_EQ(organisation.cells[1].mean, 0.5); // (1.5 - 0.5) / 2
    EXPECT_DOUBLE_EQ(organisation.cells[2].mean, 1.0); // (1 + 2 + 1.5 - 0.5) / 4
    EXPECT_EQ(organisation.cells[2].subjects, 4U);
    const auto& housing = row_named(map, "Housing");
    EXPECT_DOUBLE_EQ(housing.cells[0].mean, 1.5);
    EXPECT_EQ(housing.cells[1].subjects, 0U) << "no one in Housing worked on delivery";
    const auto& libraries = row_named(map, "Libraries");
    EXPECT_DOUBLE_EQ(libraries.cells[1].mean, 0.5);
    EXPECT_DOUBLE_EQ(libraries.cells[2].mean, 0.5);
}

TEST(PulseByUnit, HidesOnePersonsChangeAndWhateverWouldGiveItAway) {
    std::map<domain::PersonId, domain::UnitId> unit_of;
    std::map<domain::PersonId, domain::PulseResult> results;
    for (int p = 1; p <= 4; ++p) {
        unit_of[domain::PersonId(p)] = domain::UnitId(1);
        results[domain::PersonId(p)] = focus_on({{"listening", 0.25 * p}}, 0.25 * p);
    }
    // One person in Libraries worked on listening: their figure alone would be their own result.
    unit_of[domain::PersonId(9)] = domain::UnitId(2);
    results[domain::PersonId(9)] = focus_on({{"listening", -2.0}}, -2.0);

    const auto map = app::pulse_by_unit(three_attributes(), two_teams(), unit_of, results, 3).value();

    const auto& libraries = row_named(map, "Libraries");
    EXPECT_FALSE(libraries.cells[0].shown);
    EXPECT_FALSE(libraries.cells[1].shown) << "its overall is the same one person";
    const auto& housing = row_named(map, "Housing");
    const auto& organisation = map.rows.front();
    // The organisation is Housing and Libraries together: both shown would give Libraries away.
    EXPECT_FALSE(housing.cells[0].shown && organisation.cells[0].shown);
    EXPECT_FALSE(housing.cells[1].shown && organisation.cells[1].shown);
    EXPECT_GE(map.hidden_too_small, 2U);
    EXPECT_GE(map.hidden_to_protect, 2U);
}

TEST(PulseByUnit, PeopleOutsideTheDirectoryStillCountForTheOrganisation) {
    std::map<domain::PersonId, domain::UnitId> unit_of{{domain::PersonId(1), domain::UnitId(1)},
                                                       {domain::PersonId(2), domain::UnitId(1)}};
    std::map<domain::PersonId, domain::PulseResult> results;
    results[domain::PersonId(1)] = focus_on({{"candour", 1.0}}, 1.0);
    results[domain::PersonId(2)] = focus_on({{"candour", 2.0}}, 2.0);
    results[domain::PersonId(3)] = focus_on({{"candour", 3.0}}, 3.0);
    results[domain::PersonId(4)] = focus_on({{"candour", 0.0}}, 0.0);

    const auto map = app::pulse_by_unit(three_attributes(), two_teams(), unit_of, results, 2).value();

    EXPECT_DOUBLE_EQ(map.rows.front().cells[0].mean, 1.5);
    EXPECT_EQ(map.rows.front().cells[0].subjects, 4U);
    EXPECT_DOUBLE_EQ(row_named(map, "Unit not recorded").cells[0].mean, 1.5);
}
