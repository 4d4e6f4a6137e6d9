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

// Writes one field, quoting it when it holds a comma, quote or line break.
[[nodiscard]] std::string csv_field(std::string_view text);

// True when the text is valid UTF-8.
[[nodiscard]] bool is_valid_utf8(std::string_view text);

} // namespace leadline::app
