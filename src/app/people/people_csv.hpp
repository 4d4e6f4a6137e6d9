#pragma once

#include <array>
#include <string_view>

namespace leadline::app {

// The columns of the people file, in the order export writes them.
inline constexpr std::array<std::string_view, 7> people_csv_columns{
    "email", "name", "unit_path", "grade", "profession", "region", "manager_email",
};

} // namespace leadline::app
