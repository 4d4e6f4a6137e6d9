#include <ostream>

#include "app/development/mentor_planning.hpp"
#include "cli/commands/commands.hpp"
#include "cli/commands/database_option.hpp"
#include "cli/commands/input_file.hpp"
#include "cli/exit_codes.hpp"

namespace leadline::cli {

namespace {

struct MatchArguments {
    std::string database;
    std::int64_t cycle = 0;
    int capacity = 2;
    std::string choices_file;
    bool any_department = false;
    bool any_grade = false;
    std::string format = "text";
};

int run_match(CliContext& context, const MatchArguments& arguments) {
    app::MentoringSettings settings;
    if (!arguments.choices_file.empty()) {
        auto choices = read_input_file(context, arguments.choices_file);
        if (!choices) {
            return context.exit_code;
        }
        settings.choices_csv = std::move(*choices);
    }
    auto store = open_database(context, arguments.database);
    if (!store) {
        return context.exit_code;
    }
    auto cycle = arguments.cycle != 0 ? domain::Result<domain::CycleId>(domain::CycleId{arguments.cycle})
                                      : app::latest_published_cycle(*store);
    if (!cycle) {
        return report_error(context.err, cycle.error());
    }
    app::FrameworkCache frameworks;
    settings.cycle = *cycle;
    settings.capacity = arguments.capacity;
    settings.prefer_other_department = !arguments.any_department;
    settings.prefer_more_senior = !arguments.any_grade;
    const auto plan = app::plan_mentoring(*store, frameworks, settings);
    if (!plan) {
        if (!arguments.choices_file.empty() && plan.error().code == domain::ErrorCode::InvalidInput) {
            context.err << arguments.choices_file << ":\n";
        }
        return report_error(context.err, plan.error());
    }
    context.out << (arguments.format == "csv" ? app::mentoring_csv(*plan) : app::mentoring_text(*plan));
    return exit_ok;
}

} // namespace

void add_match_command(CLI::App& app, CliContext& context) {
    auto arguments = std::make_shared<MatchArguments>();
    auto* match = app.add_subcommand("match", "Match mentees with mentors from a published cycle's reports");
    add_database_option(*match, arguments->database);
    match->add_option(
        "--cycle", arguments->cycle,
        "The published cycle's number (see `leadline cycles`); the latest published when left out");
    match->add_option("--choices", arguments->choices_file,
                      "CSV of choices: email, and any of develop and strengths (attributes separated by ;) "
                      "and capacity");
    match->add_option("--capacity", arguments->capacity, "Mentees each mentor takes at most")
        ->check(CLI::Range(1, 50))
        ->capture_default_str();
    match->add_flag("--any-department", arguments->any_department,
                    "Do not prefer mentors from another department");
    match->add_flag("--any-grade", arguments->any_grade, "Do not prefer mentors of a more senior grade");
    match->add_option("--format", arguments->format, "text, or csv (one line per mentee)")
        ->check(CLI::IsMember({"text", "csv"}))
        ->capture_default_str();
    match->callback([&context, arguments] { context.exit_code = run_match(context, *arguments); });
}

} // namespace leadline::cli
