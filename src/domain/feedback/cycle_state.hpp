#pragma once

#include <optional>
#include <string_view>

namespace leadline::domain {

// A cycle moves only forwards: draft > open > closed > published.
enum class CycleState { Draft, Open, Closed, Published };

[[nodiscard]] std::string_view to_string(CycleState state);
[[nodiscard]] std::optional<CycleState> cycle_state_from_string(std::string_view text);

} // namespace leadline::domain
