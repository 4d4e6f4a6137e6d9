#pragma once

#include <CLI/CLI.hpp>

#include "cli/cli_context.hpp"

namespace leadline::cli {

// Each adds one subcommand to the application; see its file.
void add_frameworks_command(CLI::App& app, CliContext& context);
void add_demo_command(CLI::App& app, CliContext& context);
void add_import_command(CLI::App& app, CliContext& context);
void add_export_command(CLI::App& app, CliContext& context);
void add_migrate_command(CLI::App& app, CliContext& context);
void add_backup_command(CLI::App& app, CliContext& context);
void add_cycles_command(CLI::App& app, CliContext& context);
void add_serve_command(CLI::App& app, CliContext& context);
void add_users_command(CLI::App& app, CliContext& context);
void add_outbox_command(CLI::App& app, CliContext& context);
void add_report_command(CLI::App& app, CliContext& context);
void add_sets_command(CLI::App& app, CliContext& context);
void add_match_command(CLI::App& app, CliContext& context);
void add_routes_command(CLI::App& app, CliContext& context);

} // namespace leadline::cli
