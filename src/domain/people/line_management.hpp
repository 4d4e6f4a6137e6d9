#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace leadline::domain {

// Finds a loop in "who manages whom" (A manages B manages A). Keys and values are any stable
// identifier (email addresses during import). Returns the people in the loop, or nothing.
[[nodiscard]] std::optional<std::vector<std::string>>
find_management_loop(const std::unordered_map<std::string, std::string>& manager_of);

} // namespace leadline::domain
