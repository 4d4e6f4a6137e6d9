#include <algorithm>
#include <fstream>
#include <functional>
#include <ostream>

#include "app/demo/demo_generator.hpp"
#include "app/demo/seed_demo.hpp"
#include "app/frameworks/framework_catalog.hpp"
#include "cli/commands/commands.hpp"
#include "cli/commands/database_option.hpp"
#include "cli/exit_codes.hpp"

namespace leadline::cli {

namespace {

struct DemoArguments {
    std::string database;
    std::size_t people = 400;
    std::uint64_t seed = 1;
    std::string truth_file;
    std::string links_file;
    std::string framework = "leadership-in-action";
};

int run_demo(CliContext& context, const DemoArguments& arguments) {
    auto catalog = app::FrameworkCatalog::load_directory(context.frameworks_folder);
    if (!catalog) {
        return report_error(context.err, catalog.error());
    }
    const auto* framework = catalog->find(arguments.framework);
    if (framework == nullptr) {
        return report_error(context.err, {domain::ErrorCode::NotFound,
                                          "There is no framework \"" + arguments.framework + "\"."});
    }
    auto demo = app::generate_demo({arguments.people, arguments.seed}, framework->framework);
    if (!demo) {
        return report_error(context.err, demo.error());
    }
    auto store = open_database(context, arguments.database);
    if (!store) {
        return context.exit_code;
    }
    // The talent reviews use the shipped Indicators of Potential when the folder has it.
    const auto* talent_framework = catalog->find("indicators-of-potential");
    auto summary = app::seed_demo(*store, *demo, *framework, talent_framework);
    if (!summary) {
        return report_error(context.err, summary.error());
    }
    if (!arguments.truth_file.empty()) {
        std::ofstream truth(arguments.truth_file, std::ios::binary | std::ios::trunc);
        truth << app::demo_truth_json(*demo);
        if (!truth.flush()) {
            return report_error(context.err, {domain::ErrorCode::InvalidInput,
                                              "The demo was created, but the truth file " +
                                                  arguments.truth_file + " could not be written."});
        }
    }
    if (!arguments.links_file.empty()) {
        std::ofstream links(arguments.links_file, std::ios::binary | std::ios::trunc);
        for (const auto& nomination : demo->open_cycle.nominations) {
            links << domain::to_string(nomination.group) << ' ' << nomination.token << '\n';
        }
        if (!links.flush()) {
            return report_error(context.err,
                                {domain::ErrorCode::InvalidInput,
                                 "The links file " + arguments.links_file + " could not be written."});
        }
    }
    context.out << "Demo organisation written to " << arguments.database << " (seed " << arguments.seed
                << ")\n"
                << "  " << summary->people << " people in " << summary->units << " units, "
                << summary->people_with_equality << " with equality information recorded\n"
                << "  cycle " << summary->cycle.value() << " \"" << demo->cycle.name << "\" on "
                << arguments.framework << ": published\n"
                << "  " << summary->subjects << " subjects, " << summary->nominations << " nominations, "
                << summary->responses << " responses, " << summary->ratings << " ratings\n"
                << "  " << summary->plans.plans << " development plans (" << summary->plans.shared
                << " shared with line managers), " << summary->plans.check_ins << " check-ins, "
                << summary->plans.habit_weeks << " weeks of micro-actions\n"
                << "  pulse: " << summary->pulse.rounds << " rounds; the first (closed) asked about "
                << summary->pulse.subjects << " subjects, " << summary->pulse.answered << " of "
                << summary->pulse.invited << " raters answered\n"
                << "  mentoring: " << summary->mentoring.pairs << " pairs confirmed, "
                << summary->mentoring.plans_shared << " plans shared with a mentor\n"
                << "  learning sets: " << summary->learning_sets.people << " subjects in "
                << summary->learning_sets.sets << " sets, confirmed\n";
    if (summary->talent) {
        const auto& talent = *summary->talent;
        context.out << "  talent reviews: " << talent.people << " people in three departments, "
                    << talent.assessments << " assessments; review " << talent.calibrating_review
                    << " in its calibration meeting (" << talent.moves << " moves), review "
                    << talent.assessing_review << " with line managers assessing, review "
                    << talent.closed_review << " closed with " << talent.pool_members
                    << " people in the Future Leaders Scheme pool\n";
    }
    context.out << "  cycle " << summary->open_cycle.value() << " \"" << demo->open_cycle.settings.name
                << "\": open, " << demo->open_cycle.subjects.size() << " subjects\n";
    if (summary->approval_cycle) {
        context.out << "  cycle " << summary->approval_cycle->value()
                    << " \"Directors 360, spring 2027\": draft, rater lists approved by line managers\n";
    }
    context.out << "Rater links in the open cycle (serve with `leadline serve --db " << arguments.database
                << "`):\n";
    // One link of each kind: a self-assessment, a colleague yet to start, a colleague halfway through.
    const auto& open = demo->open_cycle.nominations;
    const std::pair<const char*, std::function<bool(const app::DemoNomination&)>> kinds[] = {
        {"self-assessment ", [](const auto& n) { return n.group == domain::RaterGroup::Self; }},
        {"colleague       ", [](const auto& n) { return n.group != domain::RaterGroup::Self && !n.answers; }},
        {"half answered   ", [](const auto& n) { return n.answers.has_value(); }},
    };
    for (const auto& [label, matches] : kinds) {
        const auto found = std::find_if(open.begin(), open.end(), matches);
        if (found != open.end()) {
            context.out << "  " << label << " http://127.0.0.1:8080/r/" << found->token << '\n';
        }
    }
    if (!open.empty()) {
        const auto& participant = demo->people.at(demo->open_cycle.subjects.front());
        context.out << "Participant in the open cycle: " << participant.name << " <" << participant.email
                    << ">\n";
    }
    if (!summary->approver_email.empty()) {
        context.out << "Line manager with rater lists to approve: <" << summary->approver_email << ">\n";
    }
    if (!arguments.truth_file.empty()) {
        context.out << "  ground truth written to " << arguments.truth_file << '\n';
    }
    return exit_ok;
}

} // namespace

void add_demo_command(CLI::App& app, CliContext& context) {
    auto arguments = std::make_shared<DemoArguments>();
    auto* demo =
        app.add_subcommand("demo", "Create a realistic demo organisation with a published 360 cycle");
    add_database_option(*demo, arguments->database);
    demo->add_option("--people", arguments->people, "How many people")
        ->capture_default_str()
        ->check(CLI::Range(60, 200000));
    demo->add_option("--seed", arguments->seed, "Random seed: the same seed gives the same database")
        ->capture_default_str();
    demo->add_option("--truth", arguments->truth_file,
                     "Write the simulation's ground truth to this JSON file");
    demo->add_option("--links", arguments->links_file,
                     "Write every rater link of the open cycle to this file, one \"group token\" a line");
    demo->add_option("--framework", arguments->framework, "Framework for the demo cycle")
        ->capture_default_str();
    demo->callback([&context, arguments] { context.exit_code = run_demo(context, *arguments); });
}

} // namespace leadline::cli
