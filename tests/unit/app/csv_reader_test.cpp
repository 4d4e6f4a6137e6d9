#include <gtest/gtest.h>

#include "app/text/csv_reader.hpp"

using leadline::app::read_csv;

TEST(CsvReader, ReadsPlainAndQuotedFields) {
    auto document = read_csv("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\n");
    ASSERT_TRUE(document.problems.empty());
    ASSERT_EQ(document.records.size(), 2U);
    EXPECT_EQ(document.records[1].fields, (std::vector<std::string>{"x, y", "say \"hi\"", ""}));
}

TEST(CsvReader, AcceptsCrlfAByteOrderMarkAndNoFinalNewline) {
    auto document = read_csv("\xEF\xBB\xBF"
                             "email,name\r\nsam@x.example,Sam");
    ASSERT_TRUE(document.problems.empty());
    ASSERT_EQ(document.records.size(), 2U);
    EXPECT_EQ(document.records[0].fields[0], "email");
    EXPECT_EQ(document.records[1].fields[1], "Sam");
}

TEST(CsvReader, SkipsBlankLinesButCountsThem) {
    auto document = read_csv("a\n\nb\n");
    ASSERT_EQ(document.records.size(), 2U);
    EXPECT_EQ(document.records[1].line, 3U);
}

TEST(CsvReader, ARecordWithALineBreakInsideQuotesKeepsItsStartingLine) {
    auto document = read_csv("h\n\"two\nlines\"\nnext\n");
    ASSERT_EQ(document.records.size(), 3U);
    EXPECT_EQ(document.records[1].line, 2U);
    EXPECT_EQ(document.records[1].fields[0], "two\nlines");
    EXPECT_EQ(document.records[2].line, 4U);
}

TEST(CsvReader, ReportsAnUnclosedQuoteWithItsLineAndField) {
    auto document = read_csv("a,b\nx,\"never closed\n");
    ASSERT_EQ(document.problems.size(), 1U);
    EXPECT_EQ(document.problems[0].line, 2U);
    EXPECT_EQ(document.problems[0].column, 2U);
}

TEST(CsvReader, ReportsAQuoteInsideAnUnquotedField) {
    auto document = read_csv("a,b\nx,ab\"c\n");
    ASSERT_EQ(document.problems.size(), 1U);
    EXPECT_EQ(document.problems[0].line, 2U);
    EXPECT_EQ(document.problems[0].column, 2U);
}

TEST(CsvReader, ReportsTextAfterAClosingQuote) {
    auto document = read_csv("\"abc\"def,x\n");
    ASSERT_EQ(document.problems.size(), 1U);
    EXPECT_EQ(document.problems[0].column, 1U);
}

TEST(CsvReader, RefusesTextThatIsNotUtf8) {
    auto document = read_csv("name\nJos\xE9\n");
    ASSERT_EQ(document.problems.size(), 1U);
    EXPECT_NE(document.problems[0].message.find("UTF-8"), std::string::npos);
}

TEST(CsvField, QuotesOnlyWhenNeeded) {
    EXPECT_EQ(leadline::app::csv_field("plain"), "plain");
    EXPECT_EQ(leadline::app::csv_field("a,b"), "\"a,b\"");
    EXPECT_EQ(leadline::app::csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
}

// A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula: a
// comment or name written as "=HYPERLINK(...)" must arrive as text.
TEST(CsvField, TextThatASpreadsheetWouldRunAsAFormulaArrivesAsText) {
    EXPECT_EQ(leadline::app::csv_field("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
    for (const std::string start : {"=", "+", "-", "@", "\t", "\r"}) {
        const auto written = leadline::app::csv_field(start + "1+1");
        EXPECT_EQ(written.substr(0, 2), "\"'") << written;
    }
    EXPECT_EQ(leadline::app::csv_field("a-b = c"), "a-b = c");
    // Read back, the field is the text that was written.
    const auto document =
        read_csv(leadline::app::csv_field("-Smith") + "," + leadline::app::csv_field("'quoted") + "\n");
    ASSERT_EQ(document.records.size(), 1U);
    EXPECT_EQ(leadline::app::csv_text(document.records[0].fields[0]), "-Smith");
    EXPECT_EQ(leadline::app::csv_text(document.records[0].fields[1]), "'quoted");
    // Found by the fuzzer: text that already starts with the mark and a formula character, or with a
    // carriage return, comes back as written too.
    for (const std::string text : {"'=already marked", "\rline\nbreak", "'-", "''=", "'\rd"}) {
        const auto again = read_csv(leadline::app::csv_field(text) + "\n");
        ASSERT_EQ(again.records.size(), 1U) << text;
        EXPECT_EQ(leadline::app::csv_text(again.records[0].fields[0]), text);
    }
    EXPECT_EQ(leadline::app::csv_field(""), "");
}

TEST(Utf8, AcceptsMultiByteTextAndRefusesOverlongAndSurrogates) {
    EXPECT_TRUE(leadline::app::is_valid_utf8("Siân Ó Súilleabháin — 東京 🙂"));
    EXPECT_FALSE(leadline::app::is_valid_utf8("\xC0\xAF"));
    EXPECT_FALSE(leadline::app::is_valid_utf8("\xED\xA0\x80"));
    EXPECT_FALSE(leadline::app::is_valid_utf8("\xE2\x82"));
}

TEST(CsvField, QuotesAFieldStartingWithAByteOrderMarkSoItSurvivesBeingReadBack) {
    const std::string field = "\xEF\xBB\xBF"
                              "name";
    auto document = read_csv(leadline::app::csv_field(field) + "\n");
    ASSERT_EQ(document.records.size(), 1U);
    EXPECT_EQ(document.records[0].fields[0], field);
}
