#include <chrono>
#include <iomanip>
#include <optional>
#include <ostream>
#include <sstream>

#include "app/development/learning_set_planning.hpp"
#include "cli/commands/commands.hpp"
#include "cli/commands/database_option.hpp"
#include "cli/commands/input_file.hpp"
#include "cli/exit_codes.hpp"
#include "domain/grouping/diverse_grouping.hpp"
#include "domain/grouping/learning_sets.hpp"

namespace leadline::cli {

namespace {

struct SetsOptions {
    std::string mdgp_file;
    std::string database;
    std::int64_t cycle = 0;
    std::string people_file;
    std::string apart_file;
    std::string size = "6-8";
    std::string format = "text";
    std::string save_as;
    double seconds = 3.0;
    std::uint64_t seed = 1;
};

domain::GroupingSearch timed_search(const SetsOptions& options) {
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::duration<double>(std::max(0.0, options.seconds));
    domain::GroupingSearch search;
    search.seed = options.seed;
    search.time_is_up = [deadline] { return std::chrono::steady_clock::now() >= deadline; };
    return search;
}

// "6-8" or "7": the smallest and largest set.
std::optional<domain::SetSizes> parse_sizes(const std::string& text) {
    domain::SetSizes sizes;
    char dash = 0;
    std::istringstream in(text);
    if (!(in >> sizes.smallest)) {
        return std::nullopt;
    }
    sizes.largest = sizes.smallest;
    if (in >> dash && (dash != '-' || !(in >> sizes.largest))) {
        return std::nullopt;
    }
    std::string rest;
    return in >> rest ? std::nullopt : std::optional(sizes);
}

// Learning sets for people in the directory: a cycle's subjects, or those listed in a file.
int form_sets(CliContext& context, const SetsOptions& options) {
    const auto sizes = parse_sizes(options.size);
    if (!sizes) {
        context.err << "--size takes a range such as 6-8, or one number.\n";
        return exit_user_error;
    }
    if ((options.cycle != 0) == !options.people_file.empty()) {
        context.err << "Give either --cycle (its subjects) or --people (a file of email addresses).\n";
        return exit_user_error;
    }
    std::optional<std::string> people_text;
    std::optional<std::string> apart_text;
    if ((!options.people_file.empty() && !(people_text = read_input_file(context, options.people_file))) ||
        (!options.apart_file.empty() && !(apart_text = read_input_file(context, options.apart_file)))) {
        return exit_user_error;
    }
    auto store = open_database(context, options.database);
    if (!store) {
        return context.exit_code;
    }
    auto candidates = people_text ? app::candidates_from_list(*store, *people_text)
                                  : app::candidates_from_cycle(*store, domain::CycleId{options.cycle});
    if (!candidates) {
        return report_error(context.err, candidates.error());
    }
    std::vector<domain::KeepApart> keep_apart;
    if (apart_text) {
        auto pairs = app::read_keep_apart(*apart_text);
        if (!pairs) {
            return report_error(context.err, pairs.error());
        }
        keep_apart = std::move(*pairs);
    }
    const auto plan =
        domain::form_learning_sets(candidates->participants, *sizes, keep_apart, timed_search(options));
    if (!plan) {
        return report_error(context.err, plan.error());
    }
    context.out << (options.format == "csv" ? app::learning_sets_csv(*candidates, *plan)
                                            : app::learning_sets_text(*candidates, *plan));
    if (!options.save_as.empty()) {
        const app::SystemClock clock;
        const auto cycle = options.cycle != 0 ? std::optional(domain::CycleId{options.cycle}) : std::nullopt;
        const auto id = app::save_learning_sets(*store, clock, options.save_as, cycle, *candidates, *plan);
        if (!id) {
            return report_error(context.err, id.error());
        }
        // On the error stream, so that the CSV on the output stays a clean file.
        context.err << "Saved as learning sets " << *id << "; admins see them at /admin/learning-sets/" << *id
                    << "\n";
    }
    return exit_ok;
}

// Solves one MDGPLIB instance: the public benchmark the learning-set search is measured on. The
// objective is printed alone on the last line, for scripts.
int solve_mdgp(CliContext& context, const SetsOptions& options) {
    const auto text = read_input_file(context, options.mdgp_file);
    if (!text) {
        return exit_user_error;
    }
    auto instance = domain::parse_mdgplib(*text);
    if (!instance) {
        return report_error(context.err,
                            {instance.error().code, options.mdgp_file + ": " + instance.error().message});
    }
    const auto grouping = domain::diverse_grouping(*instance, {}, timed_search(options));
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
    sets->add_option("--db", options->database,
                     "SQLite file (e.g. leadline.db) or postgresql://user@host/name");
    sets->add_option("--cycle", options->cycle, "Form sets of this cycle's subjects (see `leadline cycles`)");
    sets->add_option("--people", options->people_file,
                     "Or of the people in this CSV file: an email column, optionally an equality column");
    sets->add_option("--apart", options->apart_file, "CSV of pairs to keep apart: email,other_email");
    sets->add_option("--save", options->save_as, "Save the sets under this name, for the admin pages");
    sets->add_option("--size", options->size, "Smallest and largest set, e.g. 6-8")->capture_default_str();
    sets->add_option("--format", options->format, "text, or csv (one line per person)")
        ->check(CLI::IsMember({"text", "csv"}))
        ->capture_default_str();
    auto* mdgp =
        sets->add_option("--mdgp", options->mdgp_file,
                         "Or solve one MDGPLIB benchmark instance (file); prints the objective last");
    mdgp->excludes("--db")
        ->excludes("--cycle")
        ->excludes("--people")
        ->excludes("--apart")
        ->excludes("--save");
    sets->add_option("--seconds", options->seconds, "Time for the search")->capture_default_str();
    sets->add_option("--seed", options->seed, "Seed: the same seed and time give the same groups")
        ->capture_default_str();
    sets->callback([&context, options, sets] {
        if (sets->count("--mdgp") > 0) {
            context.exit_code = solve_mdgp(context, *options);
        } else if (options->database.empty()) {
            context.err << "--db is required (or --mdgp for a benchmark instance).\n";
            context.exit_code = exit_user_error;
        } else {
            context.exit_code = form_sets(context, *options);
        }
    });
}

} // namespace leadline::cli
