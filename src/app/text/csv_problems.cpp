#include "app/text/csv_problems.hpp"

#include <algorithm>

namespace leadline::app {

void CsvProblems::add(std::size_t line, std::string_view column, const std::string& message) {
    std::string where = "line " + std::to_string(line);
    if (!column.empty()) {
        where += ", column " + std::string(column);
    }
    m_text += where + ": " + message + "\n";
    ++m_count;
    m_listed.push_back({line, std::string(column), message});
}

domain::Error CsvProblems::error(std::string_view outcome, std::string_view then) const {
    return {domain::ErrorCode::InvalidInput, std::string(outcome) + " Fix " +
                                                 (m_count == 1 ? "this problem" : "these problems") + " " +
                                                 std::string(then) + ":\n" + m_text};
}

std::string trim_blanks(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
        return {};
    }
    return std::string(text.substr(first, text.find_last_not_of(" \t") - first + 1));
}

std::vector<NumberedLine> numbered_lines(std::string_view text) {
    std::vector<NumberedLine> lines;
    std::size_t number = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find('\n', start), text.size());
        auto line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1); // a browser sends a text area's lines ended by CR LF
        }
        start = end + 1;
        ++number;
        if (auto trimmed = trim_blanks(line); !trimmed.empty()) {
            lines.push_back({number, std::move(trimmed)});
        }
    }
    return lines;
}

} // namespace leadline::app
