#pragma once

#include <string>
#include <string_view>

#include "domain/core/error.hpp"

namespace leadline::app {

// Collects what is wrong with a CSV file, each problem with its line and column, so that one message
// lists them all and nobody has to fix a file one error at a time.
class CsvProblems {
  public:
    void add(std::size_t line, std::string_view column, const std::string& message);
    [[nodiscard]] bool any() const { return m_count > 0; }
    // "<outcome> Fix this problem <then>:" followed by the problems, one per line.
    [[nodiscard]] domain::Error error(std::string_view outcome, std::string_view then) const;

  private:
    std::string m_text;
    std::size_t m_count = 0;
};

// The text without the spaces and tabs around it.
[[nodiscard]] std::string trim_blanks(std::string_view text);

} // namespace leadline::app
