#include <ostream>

#include "cli/commands/commands.hpp"
#include "cli/commands/database_option.hpp"
#include "cli/exit_codes.hpp"

namespace leadline::cli {

void add_backup_command(CLI::App& app, CliContext& context) {
    auto database = std::make_shared<std::string>();
    auto target = std::make_shared<std::string>();
    auto* backup =
        app.add_subcommand("backup", "Copy a SQLite database safely, even while the server writes");
    add_database_option(*backup, *database);
    backup->add_option("--to", *target, "The backup file to write")->required();
    backup->callback([&context, database, target] {
        auto store = open_database(context, *database);
        if (!store) {
            return;
        }
        auto* file = store->file_database();
        if (file == nullptr) {
            context.exit_code = report_error(
                context.err, {domain::ErrorCode::FailedPrecondition,
                              "leadline backup copies SQLite databases; for PostgreSQL use pg_dump."});
            return;
        }
        if (auto copied = file->backup_to(*target); !copied) {
            context.exit_code = report_error(context.err, copied.error());
            return;
        }
        context.out << "Backed up " << *database << " to " << *target << ".\n";
    });
}

} // namespace leadline::cli
