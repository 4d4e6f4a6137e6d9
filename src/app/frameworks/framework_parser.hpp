#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/framework/framework.hpp"

namespace leadline::app {

// A problem in a framework file, with its place (1-based line and column; 0 when unknown).
struct FrameworkProblem {
    std::string file;
    std::size_t line = 0;
    std::size_t column = 0;
    std::string message;

    // "file:line:column: message", the form editors and terminals link to.
    [[nodiscard]] std::string describe() const;
};

struct FrameworkParse {
    std::optional<domain::Framework> framework; // set only when there are no problems
    std::vector<FrameworkProblem> problems;
};

// Reads a framework written in YAML (the format is described in docs/frameworks.md) and checks
// it completely, reporting every problem rather than stopping at the first.
[[nodiscard]] FrameworkParse parse_framework(std::string_view yaml_text, const std::string& file_name);

} // namespace leadline::app
