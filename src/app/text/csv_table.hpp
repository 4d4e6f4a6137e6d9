#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "app/text/csv_reader.hpp"
#include "domain/core/result.hpp"

namespace leadline::app {

// A CSV file people prepare in a spreadsheet: a header naming the columns, then the records; other
// columns than the ones asked for are ignored.
struct CsvTable {
    std::map<std::string, std::size_t> columns; // where each column of the header is, by its name
    std::vector<CsvRecord> records;             // without the header

    [[nodiscard]] bool has(const std::string& column) const { return columns.count(column) > 0; }
    // The record's field in that column without the blanks around it; empty when it has none.
    [[nodiscard]] std::string field(const CsvRecord& record, const std::string& column) const;
};

// Reads the table, or says what is wrong with the file by line and column (unreadable CSV, no
// header, a required column missing): "<outcome> Fix this problem <then>: …".
[[nodiscard]] domain::Result<CsvTable> read_csv_table(std::string_view text,
                                                      const std::vector<std::string>& required,
                                                      std::string_view outcome, std::string_view then);

} // namespace leadline::app
