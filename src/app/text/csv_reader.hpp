#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/core/result.hpp"

namespace leadline::app {

// One record of a CSV file, with the line it starts on (a quoted field may span lines).
struct CsvRecord {
    std::size_t line = 0;
    std::vector<std::string> fields;
};

// A problem found while reading, with where it is.
struct CsvProblem {
    std::size_t line = 0;
    std::size_t column = 0; // 1-based field number, 0 when the problem is not in one field
    std::string message;
};

struct CsvDocument {
    std::vector<CsvRecord> records;
    std::vector<CsvProblem> problems;
};

// Reads RFC 4180 CSV in UTF-8: a byte-order mark is accepted, CRLF or LF line ends, quoted fields
// with doubled quotes, blank lines skipped. Reading goes on after a problem so all are reported.
[[nodiscard]] CsvDocument read_csv(std::string_view text);

// Writes one text field, quoting it when it holds a comma, quote or line break; text a spreadsheet would
// run as a formula (starting with = + - @, a tab or a carriage return) gets a leading ' and quotes.
// Numbers are written as they are, not through this.
[[nodiscard]] std::string csv_field(std::string_view text);

// The text a field written by csv_field stands for: the ' put before a would-be formula taken off, so
// that a file Leadline wrote reads back as it was.
[[nodiscard]] std::string_view csv_text(std::string_view field);

// True when the text is valid UTF-8.
[[nodiscard]] bool is_valid_utf8(std::string_view text);

} // namespace leadline::app
