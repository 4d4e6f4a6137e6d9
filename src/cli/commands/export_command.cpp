#include <fstream>
#include <ostream>

#include "app/people/export_people.hpp"
#include "cli/commands/commands.hpp"
#include "cli/commands/database_option.hpp"
#include "cli/exit_codes.hpp"

namespace leadline::cli {

namespace {

struct ExportArguments {
    std::string database;
    std::string to;
};

int run_export(CliContext& context, const ExportArguments& arguments) {
    auto store = open_database(context, arguments.database);
    if (!store) {
        return context.exit_code;
    }
    auto csv = app::export_people(*store);
    if (!csv) {
        return report_error(context.err, csv.error());
    }
    if (arguments.to.empty()) {
        context.out << *csv;
        return exit_ok;
    }
    std::ofstream file(arguments.to, std::ios::binary | std::ios::trunc);
    file << *csv;
    if (!file.flush()) {
        return report_error(context.err,
                            {domain::ErrorCode::InvalidInput, "Cannot write " + arguments.to + "."});
    }
    return exit_ok;
}

} // namespace

void add_export_command(CLI::App& app, CliContext& context) {
    auto* export_command = app.add_subcommand("export", "Export data to files");
    export_command->require_subcommand(1);
    auto arguments = std::make_shared<ExportArguments>();
    auto* people =
        export_command->add_subcommand("people", "Export people as CSV, in the format import reads");
    add_database_option(*people, arguments->database);
    people->add_option("--to", arguments->to, "Write to this file instead of the terminal");
    people->callback([&context, arguments] { context.exit_code = run_export(context, *arguments); });
}

} // namespace leadline::cli
