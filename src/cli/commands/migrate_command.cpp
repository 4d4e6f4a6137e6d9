#include <ostream>

#include "cli/commands/commands.hpp"
#include "cli/commands/database_option.hpp"
#include "cli/exit_codes.hpp"

namespace leadline::cli {

void add_migrate_command(CLI::App& app, CliContext& context) {
    auto database = std::make_shared<std::string>();
    auto* migrate = app.add_subcommand("migrate", "Create or update the database schema");
    add_database_option(*migrate, *database);
    migrate->callback([&context, database] {
        auto store = open_database(context, *database);
        if (!store) {
            return;
        }
        auto status = store->schema_status();
        if (!status) {
            context.exit_code = report_error(context.err, status.error());
            return;
        }
        context.out << "The database is at schema version " << status->database_version << " (latest "
                    << status->latest_version << ").\n";
    });
}

} // namespace leadline::cli
