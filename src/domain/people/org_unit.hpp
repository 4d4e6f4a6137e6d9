#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/core/result.hpp"
#include "domain/core/strong_id.hpp"

namespace leadline::domain {

// What level of the organisation a unit sits at, by depth: department > directorate > team.
enum class UnitLevel { Department, Directorate, Team };

// A unit of the organisation, known by its path from the top ("Housing/Repairs").
struct OrgUnit {
    UnitId id;
    std::optional<UnitId> parent;
    std::string name;
    std::string path;

    [[nodiscard]] UnitLevel level() const;
};

// Splits "Housing/Repairs/North" into its names; refuses empty names and more than three levels.
[[nodiscard]] Result<std::vector<std::string>> split_unit_path(std::string_view path);

// The names joined back into a path: {"A", "B"} -> "A/B"; empty for no names.
[[nodiscard]] std::string join_unit_path(const std::vector<std::string>& names);

// The paths of a unit and each of its ancestors, top first: "A/B/C" -> "A", "A/B", "A/B/C".
[[nodiscard]] std::vector<std::string> unit_path_prefixes(const std::vector<std::string>& names);

// Whether the unit at unit_path is the unit at path or above it: "Housing" holds "Housing/Repairs" but not
// "Housing Benefit".
[[nodiscard]] bool unit_holds(std::string_view unit_path, std::string_view path);

} // namespace leadline::domain
