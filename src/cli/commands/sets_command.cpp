#include <chrono>
#include <fstream>
#include <iomanip>
#include <ostream>
#include <sstream>

#include "cli/commands/commands.hpp"
#include "cli/exit_codes.hpp"
#include "domain/grouping/diverse_grouping.hpp"

namespace leadline::cli {

namespace {

struct SetsOptions {
    std::string mdgp_file;
    double seconds = 3.0;
    std::uint64_t seed = 1;
};

// Solves one MDGPLIB instance: the public benchmark the learning-set search is measured on. The
// objective is printed alone on the last line, for scripts.
int solve_mdgp(CliContext& context, const SetsOptions& options) {
    std::ifstream in(options.mdgp_file);
    if (!in) {
        return report_error(context.err,
                            {domain::ErrorCode::NotFound, "Cannot read \"" + options.mdgp_file + "\"."});
    }
    std::stringstream text;
    text << in.rdbuf();
    auto instance = domain::parse_mdgplib(text.str());
    if (!instance) {
        return report_error(context.err,
                            {instance.error().code, options.mdgp_file + ": " + instance.error().message});
    }
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::duration<double>(std::max(0.0, options.seconds));
    domain::GroupingSearch search;
    search.seed = options.seed;
    search.time_is_up = [deadline] { return std::chrono::steady_clock::now() >= deadline; };
    const auto grouping = domain::diverse_grouping(*instance, {}, search);
    if (!grouping) {
        return report_error(context.err, grouping.error());
    }
    if (auto checked = domain::check_grouping(*instance, grouping->group_of); !checked) {
        return report_error(context.err, {domain::ErrorCode::Internal,
                                          "The grouping found breaks the instance's rules (" +
                                              checked.error().message + "); please report this."});
    }
    context.out << instance->elements << " elements in " << instance->group_sizes.size()
                << " groups, sizes within bounds; " << grouping->local_searches << " local searches\n"
                << std::fixed << std::setprecision(6)
                << domain::grouping_objective(*instance, grouping->group_of) << '\n';
    return exit_ok;
}

} // namespace

void add_sets_command(CLI::App& app, CliContext& context) {
    auto* sets = app.add_subcommand("sets", "Form learning sets: groups as diverse as possible");
    auto options = std::make_shared<SetsOptions>();
    sets->add_option("--mdgp", options->mdgp_file, "Solve one MDGPLIB benchmark instance (file)")->required();
    sets->add_option("--seconds", options->seconds, "Time for the search")->capture_default_str();
    sets->add_option("--seed", options->seed, "Seed: the same seed and time give the same groups")
        ->capture_default_str();
    sets->callback([&context, options] { context.exit_code = solve_mdgp(context, *options); });
}

} // namespace leadline::cli
