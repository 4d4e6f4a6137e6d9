#pragma once

#include <string>

namespace leadline::storage {

// The one place that says where SQLite and PostgreSQL differ; every other statement is portable SQL.
enum class SqlDialect { Sqlite, Postgres };

// The column definition of a generated integer primary key.
[[nodiscard]] std::string identity_column(SqlDialect dialect);
// Replaces each {id} in a migration with the dialect's identity column.
[[nodiscard]] std::string for_dialect(std::string sql, SqlDialect dialect);

} // namespace leadline::storage
