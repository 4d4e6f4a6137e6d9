#pragma once

#include <filesystem>

#include <soci/sqlite3/soci-sqlite3.h>

#include "domain/core/result.hpp"

namespace leadline::storage {

// Copies an open SQLite database to a file with SQLite's online backup API: the copy is one
// consistent snapshot even while other connections write. It is written beside the target and
// renamed into place, so a failed backup never leaves a half-written file under that name.
[[nodiscard]] domain::Result<void> backup_sqlite(sqlite_api::sqlite3* source,
                                                 const std::filesystem::path& file);

} // namespace leadline::storage
