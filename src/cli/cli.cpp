#include "cli/cli.hpp"

#include <CLI/CLI.hpp>
#include <ostream>

#include "cli/commands/commands.hpp"
#include "cli/exit_codes.hpp"

namespace leadline::cli {

int run_cli(int argc, const char* const* argv, CliContext& context) {
    CLI::App app{"Leadline: leadership development for public services: frameworks, 360 feedback, reports, "
                 "development.",
                 "leadline"};
    if (argc == 2 && std::string_view(argv[1]) == "--version") {
        context.out << "leadline " << LEADLINE_VERSION << '\n';
        return exit_ok;
    }
    app.require_subcommand(1);
    app.fallthrough();
    std::string frameworks = context.frameworks_folder.string();
    app.add_option("--frameworks", frameworks, "Folder of framework YAML files")->capture_default_str();
    app.parse_complete_callback([&] { context.frameworks_folder = frameworks; });

    add_frameworks_command(app, context);
    add_demo_command(app, context);
    add_import_command(app, context);
    add_export_command(app, context);
    add_migrate_command(app, context);
    add_backup_command(app, context);
    add_cycles_command(app, context);
    add_serve_command(app, context);
    add_users_command(app, context);
    add_outbox_command(app, context);
    add_report_command(app, context);
    add_sets_command(app, context);
    add_match_command(app, context);
    add_routes_command(app, context);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        // CLI11 prints help for --help (exit 0) and the problem for anything else.
        const int code = app.exit(error, context.out, context.err);
        return code == 0 ? exit_ok : exit_user_error;
    }
    return context.exit_code;
}

} // namespace leadline::cli
