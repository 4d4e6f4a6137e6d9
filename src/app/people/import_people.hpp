#pragma once

#include <string_view>

#include "app/ports/store.hpp"

namespace leadline::app {

struct ImportSummary {
    std::size_t added = 0;
    std::size_t updated = 0;
};

// Imports the people directory from CSV (header: email,name,unit_path,grade,profession,region,
// manager_email). All or nothing: when any line has a problem nothing is written and the error
// lists every problem with its line and column; otherwise people are added or updated by email.
[[nodiscard]] domain::Result<ImportSummary> import_people(Store& store, std::string_view csv_text);

} // namespace leadline::app
