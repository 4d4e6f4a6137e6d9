#include <ostream>

#include "app/feedback/outbox_delivery.hpp"
#include "cli/commands/commands.hpp"
#include "cli/commands/database_option.hpp"
#include "cli/exit_codes.hpp"

namespace leadline::cli {

namespace {

struct OutboxOptions {
    std::string database;
    MailOptions mail{"", "leadline@localhost"};
};

void list_waiting(CliContext& context, const std::string& database) {
    auto store = open_database(context, database);
    if (!store) {
        return;
    }
    auto waiting = store->outbox().unsent(100000);
    if (!waiting) {
        context.exit_code = report_error(context.err, waiting.error());
        return;
    }
    if (waiting->empty()) {
        context.out << "Nothing is waiting to be sent.\n";
        return;
    }
    context.out << waiting->size()
                << " messages waiting to be sent. Send them with `leadline outbox send "
                   "--smtp-url ...`, or copy each one to its addressee:\n";
    for (const auto& message : *waiting) {
        context.out << "\n--- To: " << message.to << "\n    Subject: " << message.subject << '\n';
        if (!message.last_error.empty()) {
            context.out << "    Not sent yet: " << message.last_error << '\n';
        }
        context.out << '\n' << message.body;
    }
}

} // namespace

void add_outbox_command(CLI::App& app, CliContext& context) {
    auto options = std::make_shared<OutboxOptions>();
    auto* outbox = app.add_subcommand(
        "outbox", "Print the invitations, reminders and sign-in links waiting to be sent, with their links");
    // Not required here, so `leadline outbox send --db ...` works; listing checks it itself.
    add_database_option(*outbox, options->database)->required(false);
    auto* send = outbox->add_subcommand("send", "Send what waits in the outbox through a mail server");
    add_database_option(*send, options->database);
    send->add_option("--smtp-url", options->mail.smtp_url, "smtp://host:port or smtps://host:port")
        ->required();
    send->add_option("--smtp-from", options->mail.smtp_from, "The address emails come from")
        ->capture_default_str();
    static const app::SystemClock clock;
    outbox->callback([&context, options, send] {
        if (send->parsed()) {
            return;
        }
        if (options->database.empty()) {
            context.exit_code =
                report_error(context.err, {domain::ErrorCode::InvalidInput, "Say which database with --db."});
            return;
        }
        list_waiting(context, options->database);
    });
    send->callback([&context, options] {
        auto store = open_database(context, options->database);
        if (!store) {
            return;
        }
        if (!context.mail_sender) {
            context.exit_code =
                report_error(context.err, {domain::ErrorCode::Internal, "This build cannot send mail."});
            return;
        }
        auto sender = context.mail_sender(options->mail);
        auto report = app::OutboxDelivery(*store, *sender, clock).deliver_waiting(100000);
        if (!report) {
            context.exit_code = report_error(context.err, report.error());
            return;
        }
        context.out << "Sent " << report->sent << " messages.";
        if (report->failed > 0) {
            context.out << " " << report->failed
                        << " could not be sent and still wait (see `leadline outbox` for the reasons).";
            context.exit_code = exit_user_error;
        }
        context.out << '\n';
    });
}

} // namespace leadline::cli
