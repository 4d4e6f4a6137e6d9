#pragma once

#include <string_view>
#include <vector>

namespace leadline::storage {

// One numbered step of the schema. Statements are separated by ";" and use {id} for a generated key.
// Statements for SQLite alone (triggers, whose bodies hold ";") come whole, one per entry, after sql.
struct Migration {
    int version;
    std::string_view name;
    std::string_view sql;
    std::vector<std::string_view> sqlite_only{};
    std::vector<std::string_view> postgres_only{}; // run after sql, on PostgreSQL alone
};

// Every migration, in order; a database records which it has in schema_migrations.
[[nodiscard]] const std::vector<Migration>& migrations();

} // namespace leadline::storage
