#include <ostream>

#include "cli/commands/commands.hpp"
#include "cli/commands/database_option.hpp"
#include "cli/exit_codes.hpp"

namespace leadline::cli {

void add_cycles_command(CLI::App& app, CliContext& context) {
    auto* cycles = app.add_subcommand("cycles", "Work with feedback cycles");
    cycles->require_subcommand(1);
    auto database = std::make_shared<std::string>();
    auto* list = cycles->add_subcommand("list", "List the cycles with their state and number of subjects");
    add_database_option(*list, *database);
    list->callback([&context, database] {
        auto store = open_database(context, *database);
        if (!store) {
            return;
        }
        auto summaries = store->cycles().cycles();
        if (!summaries) {
            context.exit_code = report_error(context.err, summaries.error());
            return;
        }
        if (summaries->empty()) {
            context.out << "No cycles yet.\n";
        }
        for (const auto& cycle : *summaries) {
            context.out << "Cycle " << cycle.id.value() << ": " << cycle.name << " (" << cycle.framework
                        << ", " << domain::to_string(cycle.state) << ", " << cycle.subjects << " subjects)\n";
        }
    });
}

} // namespace leadline::cli
