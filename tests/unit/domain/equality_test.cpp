#include <gtest/gtest.h>

#include "domain/people/equality.hpp"

using namespace leadline::domain;

TEST(Equality, EachFieldHasOneColumnAndTheColumnFindsItAgain) {
    for (const auto field : equality_fields) {
        EXPECT_EQ(equality_field_of_column(equality_column(field)), field);
        EXPECT_FALSE(equality_label(field).empty());
    }
    EXPECT_FALSE(equality_field_of_column("gender"));
}

TEST(Equality, AValueIsFoundWhateverItsCaseAndSpacesAndComesBackAsTheOrganisationSpellsIt) {
    const auto defaults = default_equality_categories();
    EXPECT_EQ(defined_value(defaults, EqualityField::Disability, "  not DISABLED "), "Not disabled");
    EXPECT_EQ(defined_value(defaults, EqualityField::Sex, "F"), std::nullopt);
    EXPECT_EQ(defined_value(EqualityCategories{}, EqualityField::Sex, "Female"), std::nullopt);
}

TEST(Equality, TypedValuesAreTrimmedAndRepeatsOrVeryLongOnesAreProblems) {
    const auto read = read_typed_categories({
        {EqualityField::Sex, "Female\r\n\n  Male \nfemale\n"},
        {EqualityField::AgeBand, std::string(61, 'x')},
        {EqualityField::Disability, "\n \n"},
    });
    EXPECT_EQ(read.categories.of(EqualityField::Sex), (std::vector<std::string>{"Female", "Male"}));
    ASSERT_EQ(read.problems.size(), 2U);
    EXPECT_EQ(read.problems[0].field, EqualityField::Sex);
    EXPECT_EQ(read.problems[0].message, "\"female\" is listed twice");
    EXPECT_EQ(read.problems[1].field, EqualityField::AgeBand);
    EXPECT_EQ(read.categories.values.count(EqualityField::Disability), 0U);
}

TEST(Equality, MoreThanThirtyValuesForOneFieldIsAProblem) {
    std::string typed;
    for (int i = 0; i < 31; ++i) {
        typed += "Group " + std::to_string(i) + "\n";
    }
    const auto read = read_typed_categories({{EqualityField::Ethnicity, typed}});
    ASSERT_EQ(read.problems.size(), 1U);
    EXPECT_NE(read.problems[0].message.find("at most 30"), std::string::npos);
}
