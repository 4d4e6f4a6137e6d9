#include <gtest/gtest.h>

#include "app/frameworks/framework_catalog.hpp"
#include "app/frameworks/framework_parser.hpp"

using leadline::app::parse_framework;

namespace {

const std::string valid = R"(id: tiny
name: Tiny
version: "1"
description: A small framework.
source: Written for tests.
licence: Ours.
scale:
  points:
    - {value: 1, label: Rarely}
    - {value: 2, label: Often}
  not_observed: Not seen
attributes:
  - id: listening
    name: Listening
    summary: Hears people.
    micro_actions:
      - {text: "Summarise before replying.", effort: one minute}
    behaviours:
      - {id: l1, rater: "Listens.", self: "I listen."}
      - {id: l2, rater: "Checks understanding.", self: "I check understanding."}
      - {id: l3, rater: "Acts on it.", self: "I act on it."}
)";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto place = text.find(from);
    EXPECT_NE(place, std::string::npos) << from;
    return text.replace(place, from.size(), to);
}

bool mentions(const leadline::app::FrameworkParse& parse, const std::string& words, std::size_t line) {
    for (const auto& problem : parse.problems) {
        if (problem.message.find(words) != std::string::npos && problem.line == line) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST(FrameworkParser, ReadsAValidFramework) {
    auto parse = parse_framework(valid, "tiny.yaml");
    ASSERT_TRUE(parse.problems.empty()) << parse.problems.front().describe();
    const auto& framework = *parse.framework;
    EXPECT_EQ(framework.id.value(), "tiny");
    EXPECT_EQ(framework.scale.points.size(), 2U);
    ASSERT_EQ(framework.attributes.size(), 1U);
    EXPECT_EQ(framework.attributes[0].behaviours[1].self_text, "I check understanding.");
    EXPECT_EQ(framework.attributes[0].micro_actions[0].effort, leadline::domain::Effort::OneMinute);
    EXPECT_EQ(framework.dimensions.size(), 1U) << "one question per behaviour unless the file says otherwise";
}

TEST(FrameworkParser, ReportsAnUnknownKeyWithItsLineAndColumn) {
    auto parse =
        parse_framework(replaced(valid, "    summary: Hears people.", "    summry: Hears people."), "f.yaml");
    ASSERT_FALSE(parse.framework.has_value());
    ASSERT_FALSE(parse.problems.empty());
    const auto& problem = parse.problems.front();
    EXPECT_EQ(problem.line, 15U);
    EXPECT_EQ(problem.column, 5U);
    EXPECT_NE(problem.describe().find("f.yaml:15:5: unknown key \"summry\""), std::string::npos);
}

TEST(FrameworkParser, ReportsADuplicateId) {
    auto parse = parse_framework(replaced(valid, "{id: l2,", "{id: l1,"), "f.yaml");
    EXPECT_TRUE(mentions(parse, "used twice", 20));
}

TEST(FrameworkParser, ReportsAnAttributeWithoutBehaviours) {
    const auto cut = valid.substr(0, valid.find("    behaviours:"));
    auto parse = parse_framework(cut, "f.yaml");
    ASSERT_FALSE(parse.framework.has_value());
    EXPECT_TRUE(mentions(parse, "has no behaviours", 13));
}

TEST(FrameworkParser, ReportsTooFewBehaviours) {
    auto parse = parse_framework(
        replaced(valid, "      - {id: l3, rater: \"Acts on it.\", self: \"I act on it.\"}\n", ""), "f.yaml");
    EXPECT_TRUE(mentions(parse, "has 2 behaviours; give it 3 to 6", 19));
}

TEST(FrameworkParser, ReportsAScaleWithoutLabels) {
    auto parse = parse_framework(replaced(valid, "{value: 2, label: Often}", "{value: 2}"), "f.yaml");
    EXPECT_TRUE(mentions(parse, "missing \"label\"", 10));
}

TEST(FrameworkParser, ReportsEmptyText) {
    auto parse = parse_framework(replaced(valid, "self: \"I listen.\"", "self: \"  \""), "f.yaml");
    EXPECT_TRUE(mentions(parse, "\"self\" is empty", 19));
}

TEST(FrameworkParser, ReportsAKeyGivenTwice) {
    auto parse = parse_framework(replaced(valid, "name: Tiny\n", "name: Tiny\nname: Again\n"), "f.yaml");
    EXPECT_TRUE(mentions(parse, "appears twice", 3));
}

TEST(FrameworkParser, ReportsBrokenYamlWithItsPlace) {
    auto parse = parse_framework("id: x\nname: [unclosed\n", "f.yaml");
    ASSERT_EQ(parse.problems.size(), 1U);
    EXPECT_NE(parse.problems[0].message.find("not valid YAML"), std::string::npos);
    EXPECT_GT(parse.problems[0].line, 0U);
}

TEST(FrameworkParser, ReportsEveryProblemNotJustTheFirst) {
    auto broken = replaced(replaced(valid, "licence: Ours.\n", ""), "{value: 2, label: Often}",
                           "{value: 1, label: Often}");
    auto parse = parse_framework(broken, "f.yaml");
    EXPECT_GE(parse.problems.size(), 2U);
}

TEST(FrameworkParser, ReportsAnUnknownEffort) {
    auto parse = parse_framework(replaced(valid, "effort: one minute", "effort: a fortnight"), "f.yaml");
    EXPECT_TRUE(mentions(parse, "effort must be one of", 17));
}

TEST(FrameworkParser, ReadsWhatEachLevelMeansInTheScalesOrder) {
    const auto parse = parse_framework(replaced(valid, "    micro_actions:\n",
                                                "    levels:\n"
                                                "      - {value: 2, meaning: \"Does it most of the time.\"}\n"
                                                "      - {value: 1, meaning: \"Seldom seen.\"}\n"
                                                "    micro_actions:\n"),
                                       "tiny.yaml");
    ASSERT_TRUE(parse.problems.empty()) << parse.problems.front().describe();
    const auto& attribute = parse.framework->attributes[0];
    ASSERT_EQ(attribute.levels.size(), 2U);
    EXPECT_EQ(attribute.levels[0].value, 1);
    EXPECT_EQ(attribute.level(2)->meaning, "Does it most of the time.");
    EXPECT_EQ(attribute.level(3), nullptr);
}

TEST(FrameworkParser, ReportsALevelOffTheScaleGivenTwiceOrMissing) {
    const auto parse = parse_framework(replaced(valid, "    micro_actions:\n",
                                                "    levels:\n"
                                                "      - {value: 1, meaning: \"Seldom.\"}\n"
                                                "      - {value: 1, meaning: \"Again.\"}\n"
                                                "      - {value: 7, meaning: \"Off the scale.\"}\n"
                                                "    micro_actions:\n"),
                                       "tiny.yaml");
    EXPECT_TRUE(mentions(parse, "the level 1 is given twice", 18));
    EXPECT_TRUE(mentions(parse, "the scale has no point 7", 19));
    EXPECT_TRUE(mentions(parse, "say what the point 2 (Often) means", 17));
}

TEST(FrameworkParser, ATalentReviewIndicatorWithoutLevelsIsReported) {
    const auto parse = parse_framework(
        replaced(valid, "licence: Ours.\n", "licence: Ours.\nuse: talent-review\n"), "tiny.yaml");
    ASSERT_FALSE(parse.framework);
    EXPECT_NE(parse.problems.front().message.find("the indicator \"Listening\" needs \"levels\""),
              std::string::npos);
}

TEST(ShippedFrameworks, AllLoadWithoutProblems) {
    auto catalog = leadline::app::FrameworkCatalog::load_directory(LEADLINE_SOURCE_FRAMEWORKS);
    ASSERT_TRUE(catalog.has_value()) << catalog.error().message;
    for (const char* id : {"leadership-in-action", "future-leadership", "public-service-leadership",
                           "place-leadership", "indicators-of-potential", "culture-check"}) {
        EXPECT_NE(catalog->find(id), nullptr) << id;
    }
}

TEST(ShippedFrameworks, MatchTheirSources) {
    auto catalog = leadline::app::FrameworkCatalog::load_directory(LEADLINE_SOURCE_FRAMEWORKS).value();
    EXPECT_EQ(catalog.find("leadership-in-action")->framework.attributes.size(), 8U);
    EXPECT_EQ(catalog.find("future-leadership")->framework.attributes.size(), 13U);
    EXPECT_EQ(catalog.find("place-leadership")->framework.attributes.size(), 4U);
    EXPECT_EQ(catalog.find("indicators-of-potential")->framework.attributes.size(), 3U);
    const auto& culture = catalog.find("culture-check")->framework;
    EXPECT_EQ(culture.attributes.size(), 10U);
    EXPECT_EQ(culture.dimensions.size(), 2U) << "rated for now and for how it should be";
    for (const auto& attribute : catalog.find("indicators-of-potential")->framework.attributes) {
        EXPECT_TRUE(attribute.evidence_prompt.has_value()) << attribute.name;
    }
}
