#include <ostream>

#include "app/people/import_people.hpp"
#include "cli/commands/commands.hpp"
#include "cli/commands/database_option.hpp"
#include "cli/commands/input_file.hpp"
#include "cli/exit_codes.hpp"

namespace leadline::cli {

namespace {

struct ImportArguments {
    std::string database;
    std::string file;
};

int run_import(CliContext& context, const ImportArguments& arguments) {
    const auto text = read_input_file(context, arguments.file);
    if (!text) {
        return context.exit_code;
    }
    auto store = open_database(context, arguments.database);
    if (!store) {
        return context.exit_code;
    }
    auto summary = app::import_people(*store, *text);
    if (!summary) {
        context.err << arguments.file << ":\n";
        return report_error(context.err, summary.error());
    }
    context.out << "Imported " << arguments.file << ": " << summary->added << " added, " << summary->updated
                << " updated.\n";
    return exit_ok;
}

} // namespace

void add_import_command(CLI::App& app, CliContext& context) {
    auto* import = app.add_subcommand("import", "Import data from files");
    import->require_subcommand(1);
    auto arguments = std::make_shared<ImportArguments>();
    auto* people = import->add_subcommand(
        "people", "Import people from CSV: email,name,unit_path,grade,profession,region,manager_email");
    add_database_option(*people, arguments->database);
    people->add_option("file", arguments->file, "The CSV file (UTF-8)")->required();
    people->callback([&context, arguments] { context.exit_code = run_import(context, *arguments); });
}

} // namespace leadline::cli
