#include <ostream>

#include "app/development/mentor_planning.hpp"
#include "cli/commands/commands.hpp"
#include "cli/commands/database_option.hpp"
#include "cli/exit_codes.hpp"

namespace leadline::cli {

namespace {

struct MatchArguments {
    std::string database;
    std::int64_t cycle = 0;
    int capacity = 2;
    bool any_department = false;
    bool any_grade = false;
    std::string format = "text";
};

int run_match(CliContext& context, const MatchArguments& arguments) {
    auto store = open_database(context, arguments.database);
    if (!store) {
        return context.exit_code;
    }
    app::FrameworkCache frameworks;
    app::MentoringSettings settings;
    settings.cycle = domain::CycleId{arguments.cycle};
    settings.capacity = arguments.capacity;
    settings.prefer_other_department = !arguments.any_department;
    settings.prefer_more_senior = !arguments.any_grade;
    const auto plan = app::plan_mentoring(*store, frameworks, settings);
    if (!plan) {
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
    match->add_option("--cycle", arguments->cycle, "The published cycle's number (see `leadline cycles`)")
        ->required();
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
