#include "app/text/csv_table.hpp"

#include "app/text/csv_problems.hpp"

namespace leadline::app {

std::string CsvTable::field(const CsvRecord& record, const std::string& column) const {
    const auto place = columns.find(column);
    if (place == columns.end() || place->second >= record.fields.size()) {
        return {};
    }
    return trim_blanks(record.fields[place->second]);
}

domain::Result<CsvTable> read_csv_table(std::string_view text, const std::vector<std::string>& required,
                                        std::string_view outcome, std::string_view then) {
    CsvProblems problems;
    auto document = read_csv(text);
    for (const auto& problem : document.problems) {
        problems.add(problem.line, problem.column == 0 ? "" : std::to_string(problem.column),
                     problem.message);
    }
    if (!problems.any() && document.records.empty()) {
        problems.add(1, "", "the file is empty; it needs a header line naming its columns");
    }
    CsvTable table;
    if (!problems.any()) {
        const auto& header = document.records.front();
        for (std::size_t i = 0; i < header.fields.size(); ++i) {
            table.columns.emplace(trim_blanks(header.fields[i]), i);
        }
        for (const auto& column : required) {
            if (!table.has(column)) {
                problems.add(header.line, column, "this column is missing from the header");
            }
        }
    }
    if (problems.any()) {
        return domain::fail(problems.error(outcome, then));
    }
    document.records.erase(document.records.begin());
    table.records = std::move(document.records);
    return table;
}

} // namespace leadline::app
