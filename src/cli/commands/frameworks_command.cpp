#include <ostream>

#include "app/frameworks/framework_catalog.hpp"
#include "cli/commands/commands.hpp"
#include "cli/exit_codes.hpp"
#include "domain/framework/development_coverage.hpp"

namespace leadline::cli {

namespace {

int check(CliContext& context, const std::vector<std::string>& files) {
    std::size_t problems = 0;
    for (const auto& file : files) {
        const auto parsed = app::check_framework_file(file);
        for (const auto& problem : parsed.problems) {
            context.err << problem.describe() << '\n';
        }
        problems += parsed.problems.size();
        if (parsed.framework) {
            context.out << file << ": ok (" << parsed.framework->id.value() << ", "
                        << parsed.framework->attributes.size() << " attributes, "
                        << parsed.framework->behaviour_count() << " behaviours)\n";
            // Warnings, not problems: the framework works, but development cannot follow its feedback.
            for (const auto& gap : domain::development_gaps(*parsed.framework)) {
                context.err << file << ": warning: " << gap << '\n';
            }
        }
    }
    if (problems > 0) {
        context.err << problems << (problems == 1 ? " problem" : " problems") << " found.\n";
        return exit_user_error;
    }
    return exit_ok;
}

int list(CliContext& context) {
    auto catalog = app::FrameworkCatalog::load_directory(context.frameworks_folder);
    if (!catalog) {
        return report_error(context.err, catalog.error());
    }
    for (const auto& loaded : catalog->frameworks()) {
        const auto& framework = loaded.framework;
        context.out << framework.id.value() << "  " << framework.name << " (version " << framework.version
                    << ", " << framework.attributes.size() << " attributes, "
                    << domain::to_string(framework.use) << ")\n";
    }
    return exit_ok;
}

int show(CliContext& context, const std::string& id) {
    auto catalog = app::FrameworkCatalog::load_directory(context.frameworks_folder);
    if (!catalog) {
        return report_error(context.err, catalog.error());
    }
    const auto* loaded = catalog->find(id);
    if (loaded == nullptr) {
        return report_error(context.err,
                            {domain::ErrorCode::NotFound,
                             "There is no framework \"" + id + "\"; `leadline frameworks list` shows them."});
    }
    const auto& framework = loaded->framework;
    auto& out = context.out;
    out << framework.name << " (" << framework.id.value() << ", version " << framework.version << ")\n"
        << framework.description << "\nSource: " << framework.source << "\nLicence: " << framework.licence
        << "\nScale:";
    for (const auto& point : framework.scale.points) {
        out << "  " << point.value << " " << point.label;
    }
    out << "  (or \"" << framework.scale.not_observed_label << "\")\n";
    for (const auto& dimension : framework.dimensions) {
        out << "Asked for each behaviour: " << dimension.question << '\n';
    }
    for (const auto& attribute : framework.attributes) {
        out << "\n" << attribute.name << " [" << attribute.id.value() << "]\n  " << attribute.summary << '\n';
        if (attribute.evidence_prompt) {
            out << "  Evidence: " << *attribute.evidence_prompt << '\n';
        }
        for (const auto& behaviour : attribute.behaviours) {
            out << "  - " << behaviour.rater_text << "\n    (self: " << behaviour.self_text << ")\n";
        }
        for (const auto& idea : attribute.stretch_experiences) {
            out << "  Stretch (" << domain::to_string(idea.effort) << "): " << idea.text << '\n';
        }
        for (const auto& idea : attribute.micro_actions) {
            out << "  Micro-action (" << domain::to_string(idea.effort) << "): " << idea.text << '\n';
        }
    }
    return exit_ok;
}

} // namespace

void add_frameworks_command(CLI::App& app, CliContext& context) {
    auto* frameworks = app.add_subcommand("frameworks", "Check, list and show leadership frameworks");
    frameworks->require_subcommand(1);

    auto* check_command =
        frameworks->add_subcommand("check", "Check framework files and report every problem");
    auto files = std::make_shared<std::vector<std::string>>();
    check_command->add_option("files", *files, "Framework YAML files")->required();
    check_command->callback([&context, files] { context.exit_code = check(context, *files); });

    auto* list_command = frameworks->add_subcommand("list", "List the frameworks in the frameworks folder");
    list_command->callback([&context] { context.exit_code = list(context); });

    auto* show_command = frameworks->add_subcommand("show", "Show one framework's attributes and behaviours");
    auto id = std::make_shared<std::string>();
    show_command->add_option("id", *id, "Framework id, as `frameworks list` shows it")->required();
    show_command->callback([&context, id] { context.exit_code = show(context, *id); });
}

} // namespace leadline::cli
