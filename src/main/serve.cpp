#include "main/serve.hpp"

#include <csignal>
#include <ostream>

#include <condition_variable>
#include <mutex>
#include <thread>

#include <spdlog/spdlog.h>

#include "app/development/habit_weeks.hpp"
#include "app/development/pulses.hpp"
#include "app/feedback/outbox_delivery.hpp"
#include "app/governance/answer_retention.hpp"
#include "cli/exit_codes.hpp"
#include "mail/smtp_mail_sender.hpp"
#include "main/server_log.hpp"
#include "web/server/http_server.hpp"

namespace leadline::main {

namespace {

constexpr auto delivery_interval = std::chrono::seconds(10);
// Retention is by the day; looking each hour deletes answers within an hour of their day starting.
constexpr auto hourly_interval = std::chrono::hours(1);

// Each hour, on its own connection, until stopped: deletes the answers whose retention period has
// passed, and queues the week's emails about micro-actions to those due one (a week's email goes once,
// from Monday), and opens the pulse rounds due today, emailing their raters. Logs counts only: the
// emails hold private links.
std::jthread start_hourly_work(app::StoreFactory& stores, const std::string& database,
                               const std::string& base_url) {
    return std::jthread([&stores, database, base_url](const std::stop_token& stop) {
        static const app::SystemClock clock;
        app::FrameworkCache frameworks;
        std::mutex mutex;
        std::condition_variable_any wake;
        while (!stop.stop_requested()) {
            auto store = stores.open(database, app::SchemaUpgrade::Refuse);
            auto cleared = store ? app::delete_answers_due(**store, frameworks, clock)
                                 : domain::Result<std::vector<domain::CycleId>>(domain::fail(store.error()));
            if (!cleared) {
                spdlog::warn("deleting answers past their retention period failed: {}",
                             cleared.error().message);
            } else if (!cleared->empty()) {
                spdlog::info(
                    "retention: the answers of {} published cycle(s) were deleted; their reports are kept",
                    cleared->size());
            }
            if (store) {
                auto nudged = app::HabitWeeks(**store, clock).queue_nudges(base_url);
                if (!nudged) {
                    spdlog::warn("queueing the weekly micro-action emails failed: {}",
                                 nudged.error().message);
                } else if (*nudged > 0) {
                    spdlog::info("habits: {} weekly email(s) about micro-actions queued", *nudged);
                }
                app::PublishedReports published(frameworks, 1);
                auto invited = app::Pulses(**store, published, clock).open_due_rounds(base_url);
                if (!invited) {
                    spdlog::warn("opening the pulse rounds due today failed: {}", invited.error().message);
                } else if (*invited > 0) {
                    spdlog::info("pulse: {} invitation(s) queued", *invited);
                }
            }
            std::unique_lock lock(mutex);
            wake.wait_for(lock, stop, hourly_interval, [] { return false; });
        }
    });
}

// Sends what waits in the outbox now and then, on its own connection, until stopped. Logs counts and
// reasons only: a message's text holds a private link.
std::jthread start_mail_delivery(app::StoreFactory& stores, const cli::ServeOptions& options) {
    return std::jthread(
        [&stores, database = options.database,
         settings = mail::SmtpSettings{options.smtp_url, options.smtp_from}](const std::stop_token& stop) {
            static const app::SystemClock clock;
            mail::SmtpMailSender sender(settings);
            std::mutex mutex;
            std::condition_variable_any wake;
            while (!stop.stop_requested()) {
                auto store = stores.open(database, app::SchemaUpgrade::Refuse);
                if (store) {
                    auto report = app::OutboxDelivery(**store, sender, clock).deliver_waiting();
                    if (!report) {
                        spdlog::warn("sending the outbox failed: {}", report.error().message);
                    } else if (report->sent + report->failed > 0) {
                        spdlog::info("outbox: {} sent, {} not sent yet", report->sent, report->failed);
                    }
                } else {
                    spdlog::warn("sending the outbox failed: {}", store.error().message);
                }
                std::unique_lock lock(mutex);
                wake.wait_for(lock, stop, delivery_interval, [] { return false; });
            }
        });
}

// The mail server's address without any user and password in it, for printing.
std::string without_password(const std::string& url) {
    const auto scheme_end = url.find("://");
    const auto at = url.rfind('@');
    if (scheme_end == std::string::npos || at == std::string::npos || at < scheme_end) {
        return url;
    }
    return url.substr(0, scheme_end + 3) + url.substr(at + 1);
}

} // namespace

int serve(app::StoreFactory& stores, const cli::ServeOptions& options, cli::CliContext& context) {
    // A closed terminal or log pipe must not kill the server: writes to it fail instead.
    std::signal(SIGPIPE, SIG_IGN);
    use_server_log();
    // Migrations run once here; the server's connections then refuse an out-of-date schema.
    auto store = stores.open(options.database, app::SchemaUpgrade::Apply);
    if (!store) {
        return cli::report_error(context.err, store.error());
    }
    store->reset();
    web::WebApplication application(stores, {options.database, options.templates, options.static_folder,
                                             options.base_url, options.frameworks,
                                             std::chrono::milliseconds(options.change_poll_ms)});
    web::ServerOptions server_options;
    server_options.host = options.host;
    server_options.port = options.port;
    server_options.io_threads = options.threads;
    web::HttpServer server(application, server_options);
    auto port = server.listen();
    if (!port) {
        return cli::report_error(context.err, port.error());
    }
    context.out << "Leadline is running on http://" << options.host << ":" << *port
                << "/ (press Ctrl+C to stop)" << std::endl;
    const auto hourly = start_hourly_work(stores, options.database, options.base_url);
    std::jthread delivery;
    if (!options.smtp_url.empty()) {
        delivery = start_mail_delivery(stores, options);
        context.out << "Sending email through " << without_password(options.smtp_url) << std::endl;
    }
    server.run(web::Signals::Handle);
    flush_server_log();
    context.out << "Leadline has stopped." << std::endl;
    return cli::exit_ok;
}

} // namespace leadline::main
