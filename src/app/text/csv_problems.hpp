#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/core/error.hpp"

namespace leadline::app {

// One thing wrong with a file: where, and what.
struct FileProblem {
    std::size_t line = 0;
    std::string column; // a column's name or number; empty when the whole line is at fault
    std::string message;
};

// Collects what is wrong with a CSV file, each problem with its line and column, so that one message
// lists them all and nobody has to fix a file one error at a time.
class CsvProblems {
  public:
    void add(std::size_t line, std::string_view column, const std::string& message);
    [[nodiscard]] bool any() const { return m_count > 0; }
    // "<outcome> Fix this problem <then>:" followed by the problems, one per line.
    [[nodiscard]] domain::Error error(std::string_view outcome, std::string_view then) const;
    // Each problem, in the order found, for a page to list.
    [[nodiscard]] const std::vector<FileProblem>& listed() const { return m_listed; }

  private:
    std::string m_text;
    std::size_t m_count = 0;
    std::vector<FileProblem> m_listed;
};

// The text without the spaces and tabs around it.
[[nodiscard]] std::string trim_blanks(std::string_view text);

// A line of pasted text, its blanks trimmed, with its number counting from 1.
struct NumberedLine {
    std::size_t number = 0;
    std::string text;
};
// The lines of text that are not blank, numbered as the person sees them (blank lines count).
[[nodiscard]] std::vector<NumberedLine> numbered_lines(std::string_view text);

} // namespace leadline::app
