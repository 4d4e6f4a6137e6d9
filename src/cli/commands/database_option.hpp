#pragma once

#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/cli_context.hpp"

namespace leadline::cli {

// Adds the required --db option every database command shares.
inline CLI::Option* add_database_option(CLI::App& command, std::string& database) {
    return command
        .add_option("--db", database, "SQLite file (e.g. leadline.db) or postgresql://user@host/name")
        ->required();
}

// Opens the database, bringing its schema up to date; on failure prints why and sets the exit code.
[[nodiscard]] std::unique_ptr<app::Store> open_database(CliContext& context, const std::string& database);

} // namespace leadline::cli
