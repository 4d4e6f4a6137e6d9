// Reading someone's mentoring choice from their page: what they said is kept, and each problem names its
// field.
#include <gtest/gtest.h>

#include <algorithm>

#include "app/development/mentoring_choice_form.hpp"
#include "support/framework_builder.hpp"

using namespace leadline;
using domain::AttributeId;

namespace {

domain::Framework four_attributes() {
    auto framework = leadline::testing::small_framework();
    for (const std::string id : {"delivery", "curiosity"}) {
        auto extra = framework.attributes.front();
        extra.id = AttributeId(id);
        extra.name = id;
        framework.attributes.push_back(extra);
    }
    return framework;
}

bool names(const app::MentoringChoiceRead& read, const std::string& field) {
    return std::any_of(read.problems.begin(), read.problems.end(),
                       [&](const app::FieldProblem& problem) { return problem.field == field; });
}

} // namespace

TEST(MentoringChoiceForm, KeepsAreasInTheFrameworksOrderAndABlankCapacityStaysBlank) {
    const auto read = app::read_mentoring_choice(four_attributes(),
                                                 {"yes", {"curiosity", "listening"}, {"courage"}, ""}, 7);
    ASSERT_TRUE(read.problems.empty());
    EXPECT_EQ(read.choice.person, 7);
    EXPECT_TRUE(read.choice.wants_mentor);
    EXPECT_EQ(read.choice.develop,
              (std::vector<AttributeId>{AttributeId("listening"), AttributeId("curiosity")}));
    EXPECT_EQ(read.choice.strengths, std::vector<AttributeId>{AttributeId("courage")});
    EXPECT_FALSE(read.choice.capacity) << "blank means the programme's number";
    const auto typed = app::typed_mentoring_choice(read.choice);
    EXPECT_EQ(typed.wants, "yes");
    EXPECT_EQ(typed.develop, (std::vector<std::string>{"listening", "curiosity"}));
    EXPECT_EQ(typed.capacity, "");
}

TEST(MentoringChoiceForm, SayingNoDropsAreasAndZeroOptsOutOfMentoring) {
    const auto read = app::read_mentoring_choice(four_attributes(), {"no", {"listening"}, {}, " 0 "}, 7);
    ASSERT_TRUE(read.problems.empty());
    EXPECT_FALSE(read.choice.wants_mentor);
    EXPECT_TRUE(read.choice.develop.empty()) << "areas ticked before saying no are not kept";
    EXPECT_EQ(read.choice.capacity, 0);
}

TEST(MentoringChoiceForm, EachProblemNamesItsField) {
    EXPECT_TRUE(names(app::read_mentoring_choice(four_attributes(), {"", {}, {}, ""}, 7), "wants"));
    const auto too_many = app::read_mentoring_choice(
        four_attributes(), {"yes", {"listening", "courage", "delivery", "curiosity"}, {}, ""}, 7);
    ASSERT_TRUE(names(too_many, "develop"));
    EXPECT_EQ(too_many.problems.front().message, "Choose up to 3 areas: a mentor helps most with a few");
    EXPECT_TRUE(
        names(app::read_mentoring_choice(four_attributes(), {"yes", {"made-up"}, {}, ""}, 7), "develop"));
    EXPECT_TRUE(
        names(app::read_mentoring_choice(four_attributes(), {"no", {}, {"made-up"}, ""}, 7), "strengths"));
    for (const std::string capacity : {"11", "-1", "two", "1.5"}) {
        EXPECT_TRUE(
            names(app::read_mentoring_choice(four_attributes(), {"no", {}, {}, capacity}, 7), "capacity"))
            << capacity;
    }
    EXPECT_FALSE(names(app::read_mentoring_choice(four_attributes(), {"no", {}, {}, "10"}, 7), "capacity"));
}
