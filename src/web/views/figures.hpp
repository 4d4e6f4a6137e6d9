#pragma once

#include <string>

namespace leadline::web {

// How pages write numbers: scores and means with two decimals ("3.40"), changes and differences with
// a plus sign when above zero ("+0.25"), chart positions and percentiles whole ("57").
[[nodiscard]] std::string two_places(double value);
[[nodiscard]] std::string signed_two_places(double value);
[[nodiscard]] std::string one_place(double value);
[[nodiscard]] std::string whole(double value);

} // namespace leadline::web
