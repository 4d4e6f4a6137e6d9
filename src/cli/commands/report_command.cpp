#include <ostream>

#include "app/reporting/cycle_reports.hpp"
#include "app/reporting/report_json.hpp"
#include "cli/commands/commands.hpp"
#include "cli/commands/database_option.hpp"
#include "cli/exit_codes.hpp"

namespace leadline::cli {

namespace {

struct ReportArguments {
    std::string database;
    std::int64_t cycle = 0;
    std::string subject;
    std::string format = "json";
};

int run_report(CliContext& context, const ReportArguments& arguments) {
    auto store = open_database(context, arguments.database);
    if (!store) {
        return context.exit_code;
    }
    app::FrameworkCache frameworks;
    auto set = app::CycleReports(*store, frameworks).all(domain::CycleId{arguments.cycle});
    if (!set) {
        return report_error(context.err, set.error());
    }
    auto subject = app::find_subject(*set, arguments.subject);
    if (!subject) {
        return report_error(context.err, subject.error());
    }
    if (arguments.format == "html") {
        auto document = context.report_document(context, *set, **subject);
        if (!document) {
            return report_error(context.err, document.error());
        }
        context.out << *document;
        return exit_ok;
    }
    context.out << (arguments.format == "csv" ? app::report_csv(**subject)
                                              : app::report_json(*set, **subject));
    return exit_ok;
}

} // namespace

void add_report_command(CLI::App& app, CliContext& context) {
    auto arguments = std::make_shared<ReportArguments>();
    auto* report = app.add_subcommand("report", "Print a subject's 360 report for a published cycle");
    add_database_option(*report, arguments->database);
    report->add_option("--cycle", arguments->cycle, "The cycle's number (see `leadline cycles`)")->required();
    report->add_option("--subject", arguments->subject, "The subject's email address")->required();
    report
        ->add_option("--format", arguments->format,
                     "json, csv, or html (one file with its charts, to keep, print or send)")
        ->check(CLI::IsMember({"json", "csv", "html"}))
        ->capture_default_str();
    report->callback([&context, arguments] { context.exit_code = run_report(context, *arguments); });
}

} // namespace leadline::cli
