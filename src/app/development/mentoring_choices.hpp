#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/development/directory.hpp"
#include "app/ports/mentoring_repository.hpp"
#include "domain/framework/framework.hpp"

namespace leadline::app {

// How strong a declared strength counts, in scale points above the cycle's average: a clear strength
// by others' ratings is often 0.3 to 0.8, so a declaration counts as a moderate one and evidence
// above it wins.
constexpr double declared_strength = 0.5;

// Reads a CSV file with an `email` column and any of `develop`, `strengths` (attribute names or ids
// of the framework, separated by semicolons; "none" to develop means no mentor is wanted) and
// `capacity` (0 to 50; 0 means not mentoring). Everyone must be in the people directory, once.
// Problems name their line and column.
[[nodiscard]] domain::Result<std::vector<MentoringChoice>>
read_mentoring_choices(const Directory& directory, const domain::Framework& framework,
                       std::string_view csv_text);

} // namespace leadline::app
