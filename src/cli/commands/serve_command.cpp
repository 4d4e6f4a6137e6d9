#include <ostream>

#include "cli/commands/commands.hpp"
#include "cli/commands/database_option.hpp"
#include "cli/exit_codes.hpp"

namespace leadline::cli {

void add_serve_command(CLI::App& app, CliContext& context) {
    auto options = std::make_shared<ServeOptions>();
    auto* serve = app.add_subcommand("serve", "Serve Leadline in the browser");
    add_database_option(*serve, options->database);
    serve->add_option("--host", options->host, "Address to listen on")->capture_default_str();
    serve->add_option("--port", options->port, "Port to listen on (0 picks a free one)")
        ->capture_default_str();
    serve->add_option("--threads", options->threads, "Threads for network I/O")
        ->capture_default_str()
        ->check(CLI::Range(1U, 64U));
    serve->add_option("--base-url", options->base_url,
                      "The address people use, e.g. https://leadline.council.gov.uk");
    serve->add_option("--templates", options->templates, "Folder of HTML templates");
    serve->add_option("--static", options->static_folder,
                      "Folder holding assets/ (built by scripts/build-assets)");
    serve->add_option("--smtp-url", options->smtp_url,
                      "Mail server for invitations and reminders: smtp://host:port or smtps://host:port "
                      "(user:password@ before the host when it needs them). Without it, messages wait in "
                      "the outbox (leadline outbox)");
    serve->add_option("--smtp-from", options->smtp_from, "The address emails come from")
        ->default_str("leadline@localhost");
    serve
        ->add_option("--change-poll", options->change_poll_ms,
                     "Rater pages are kept in memory; every this many milliseconds the server looks for "
                     "changes other processes made to them. 0 reads every page from the database")
        ->capture_default_str()
        ->check(CLI::Range(0U, 1000U));
    serve->callback([&context, options] {
        if (!context.serve) {
            context.exit_code =
                report_error(context.err, {domain::ErrorCode::Internal, "This build cannot serve."});
            return;
        }
        auto chosen = *options;
        if (chosen.templates.empty()) {
            chosen.templates = context.templates_folder;
        }
        if (chosen.static_folder.empty()) {
            chosen.static_folder = context.static_folder;
        }
        chosen.frameworks = context.frameworks_folder;
        if (chosen.smtp_from.empty()) {
            chosen.smtp_from = "leadline@localhost";
        }
        if (chosen.base_url.empty()) {
            chosen.base_url = "http://" + chosen.host + ":" + std::to_string(chosen.port);
        }
        context.exit_code = context.serve(chosen, context);
    });
}

} // namespace leadline::cli
