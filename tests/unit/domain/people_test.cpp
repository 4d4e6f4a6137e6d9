#include <gtest/gtest.h>

#include "domain/people/line_management.hpp"
#include "domain/people/org_unit.hpp"
#include "domain/people/person.hpp"

using namespace leadline::domain;

TEST(Email, IsTrimmedAndLowerCased) {
    EXPECT_EQ(normalise_email("  Sam.Jones@Council.GOV.uk ").value(), "sam.jones@council.gov.uk");
}

TEST(Email, RefusesAddressesWithoutTheRightShape) {
    for (const char* bad : {"", "sam", "sam@", "@council.gov.uk", "sam@council", "sam@@council.gov.uk",
                            "sam jones@council.gov.uk", "sam@council.gov.uk,jo@council.gov.uk"}) {
        EXPECT_FALSE(normalise_email(bad).has_value()) << bad;
    }
}

TEST(UnitPath, SplitsIntoTrimmedNames) {
    auto names = split_unit_path("Housing / Repairs/North").value();
    EXPECT_EQ(names, (std::vector<std::string>{"Housing", "Repairs", "North"}));
    EXPECT_EQ(unit_path_prefixes(names),
              (std::vector<std::string>{"Housing", "Housing/Repairs", "Housing/Repairs/North"}));
}

TEST(UnitPath, RefusesEmptyPartsAndMoreThanThreeLevels) {
    EXPECT_FALSE(split_unit_path("").has_value());
    EXPECT_FALSE(split_unit_path("Housing//North").has_value());
    EXPECT_FALSE(split_unit_path("A/B/C/D").has_value());
}

TEST(OrgUnit, LevelFollowsDepth) {
    EXPECT_EQ((OrgUnit{UnitId{1}, std::nullopt, "Housing", "Housing"}.level()), UnitLevel::Department);
    EXPECT_EQ((OrgUnit{UnitId{2}, UnitId{1}, "Repairs", "Housing/Repairs"}.level()), UnitLevel::Directorate);
    EXPECT_EQ((OrgUnit{UnitId{3}, UnitId{2}, "North", "Housing/Repairs/North"}.level()), UnitLevel::Team);
}

TEST(LineManagement, FindsNoLoopInATree) {
    EXPECT_FALSE(find_management_loop({{"b", "a"}, {"c", "a"}, {"d", "b"}, {"a", ""}}).has_value());
}

TEST(LineManagement, FindsALoopAndNamesEveryoneInIt) {
    auto loop = find_management_loop({{"a", "b"}, {"b", "c"}, {"c", "a"}, {"d", "a"}});
    ASSERT_TRUE(loop.has_value());
    std::vector<std::string> members = *loop;
    std::sort(members.begin(), members.end());
    EXPECT_EQ(members, (std::vector<std::string>{"a", "b", "c"}));
}
