#pragma once

#include <string>

#include "app/ports/store.hpp"

namespace leadline::app {

// Writes the people directory as CSV in the format import_people reads, ordered by email; people who have
// left are not in it.
[[nodiscard]] domain::Result<std::string> export_people(Store& store);

} // namespace leadline::app
