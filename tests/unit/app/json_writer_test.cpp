#include <gtest/gtest.h>

#include <limits>

#include "app/text/json_writer.hpp"

using leadline::app::JsonWriter;

TEST(JsonWriter, WritesNestedObjectsAndArraysWithCommasInPlace) {
    JsonWriter json;
    json.begin_object()
        .key("a")
        .integer(1)
        .key("b")
        .begin_array()
        .boolean(true)
        .null()
        .string("x")
        .end_array();
    json.key("c").begin_object().end_object().end_object();
    EXPECT_EQ(json.text(), R"({"a":1,"b":[true,null,"x"],"c":{}})");
}

TEST(JsonWriter, EscapesQuotesBackslashesAndControlCharacters) {
    JsonWriter json;
    json.string("She said \"fine\"\\\nthen\ttabbed");
    EXPECT_EQ(json.text(), R"("She said \"fine\"\\\nthen\u0009tabbed")");
}

TEST(JsonWriter, WritesNumbersAsPeopleReadThemAndNoNumberAsNull) {
    JsonWriter json;
    json.begin_array()
        .number(0.5)
        .number(3.0, 1)
        .number(std::numeric_limits<double>::quiet_NaN())
        .end_array();
    EXPECT_EQ(json.text(), "[0.5000,3.0,null]");
}
