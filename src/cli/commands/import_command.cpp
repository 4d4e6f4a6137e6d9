#include <ostream>

#include "app/people/import_people.hpp"
#include "app/ports/clock.hpp"
#include "cli/commands/commands.hpp"
#include "cli/commands/database_option.hpp"
#include "cli/commands/input_file.hpp"
#include "cli/exit_codes.hpp"

namespace leadline::cli {

namespace {

struct ImportArguments {
    std::string database;
    std::string file;
    bool lists_everyone = false;
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
    static const app::SystemClock clock;
    const auto missing = arguments.lists_everyone ? app::MissingPeople::Leave : app::MissingPeople::Stay;
    auto done = app::import_people(*store, *text, missing, clock.now_seconds());
    if (!done) {
        context.err << arguments.file << ":\n";
        return report_error(context.err, done.error());
    }
    context.out << "Imported " << arguments.file << ": " << done->joining.size() << " added, "
                << done->changing.size() << " changed, " << done->unchanged << " unchanged";
    if (!done->returning.empty()) {
        context.out << ", " << done->returning.size() << " back after leaving";
    }
    if (arguments.lists_everyone) {
        context.out << ", " << done->leaving.size() << " marked as having left";
    }
    context.out << ".\n";
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
    people->add_flag("--lists-everyone", arguments->lists_everyone,
                     "The file lists all staff: mark anyone in the directory but not in it as having left "
                     "(they keep their history and lose their access)");
    people->callback([&context, arguments] { context.exit_code = run_import(context, *arguments); });
}

} // namespace leadline::cli
