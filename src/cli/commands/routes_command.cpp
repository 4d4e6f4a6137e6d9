#include <ostream>

#include "cli/commands/commands.hpp"

namespace leadline::cli {

void add_routes_command(CLI::App& app, CliContext& context) {
    auto* routes = app.add_subcommand(
        "routes", "List every address the web server answers: method, path, who may use it, its form token");
    routes->callback([&context] { context.out << context.route_list(); });
}

} // namespace leadline::cli
