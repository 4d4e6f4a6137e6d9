#pragma once

#include <string>
#include <string_view>

#include "domain/core/result.hpp"

namespace leadline::storage {

// The libpq keyword/value connection string for a postgresql:// (or postgres://) URL, as the README
// writes them: user and password, a host name or address (or a socket folder, percent-encoded:
// postgresql://app@%2Fvar%2Frun%2Fpostgresql/leadline), port, database, and every parameter after "?"
// as a keyword of its own. SOCI hands libpq the string it is given with options of its own added, which
// a URL without "?" took as part of the database's name; keywords leave nothing to guess.
[[nodiscard]] domain::Result<std::string> postgres_connection_string(std::string_view url);

} // namespace leadline::storage
