#include <ostream>

#include "app/accounts/accounts.hpp"
#include "cli/commands/commands.hpp"
#include "cli/commands/database_option.hpp"
#include "cli/exit_codes.hpp"

namespace leadline::cli {

namespace {

struct UsersOptions {
    std::string database;
    std::string email;
    std::string role = "admin";
    std::string base_url = "http://127.0.0.1:8080";
};

void print_link(CliContext& context, const UsersOptions& options, const app::IssuedLink& issued) {
    auto base = options.base_url;
    while (!base.empty() && base.back() == '/') {
        base.pop_back();
    }
    context.out << "Sign-in link for " << issued.user.email << " (" << domain::display_name(issued.user.role)
                << "), works once within 7 days:\n"
                << base << "/sign-in/" << issued.token << "\n";
}

void add_link_options(CLI::App& command, UsersOptions& options) {
    add_database_option(command, options.database);
    command.add_option("--email", options.email, "Their email address")->required();
    command
        .add_option("--base-url", options.base_url,
                    "The address people use, e.g. https://leadline.council.gov.uk")
        ->capture_default_str();
}

} // namespace

void add_users_command(CLI::App& app, CliContext& context) {
    auto* users = app.add_subcommand("users", "Manage who can sign in");
    users->require_subcommand(1);
    auto options = std::make_shared<UsersOptions>();
    static const app::SystemClock clock;

    auto* add = users->add_subcommand("add", "Create an account and print its one-time sign-in link");
    add_link_options(*add, *options);
    add->add_option("--role", options->role, "admin, hr-viewer, participant or line-manager")
        ->check(CLI::IsMember({"admin", "hr-viewer", "participant", "line-manager"}))
        ->capture_default_str();
    add->callback([&context, options] {
        auto store = open_database(context, options->database);
        if (!store) {
            return;
        }
        app::Accounts accounts(*store, clock);
        auto issued = accounts.add_user(options->email, domain::role_from_string(options->role).value());
        if (!issued) {
            context.exit_code = report_error(context.err, issued.error());
            return;
        }
        print_link(context, *options, *issued);
    });

    auto* link = users->add_subcommand(
        "link", "Print a new one-time sign-in link for an account (first sign-in or a forgotten password)");
    add_link_options(*link, *options);
    link->callback([&context, options] {
        auto store = open_database(context, options->database);
        if (!store) {
            return;
        }
        app::Accounts accounts(*store, clock);
        auto issued = accounts.issue_link(options->email);
        if (!issued) {
            context.exit_code = report_error(context.err, issued.error());
            return;
        }
        print_link(context, *options, *issued);
    });

    auto* list = users->add_subcommand("list", "List accounts with their role");
    add_database_option(*list, options->database);
    list->callback([&context, options] {
        auto store = open_database(context, options->database);
        if (!store) {
            return;
        }
        auto all = store->accounts().users();
        if (!all) {
            context.exit_code = report_error(context.err, all.error());
            return;
        }
        if (all->empty()) {
            context.out
                << "No accounts yet. Add one with: leadline users add --db ... --email E --role admin\n";
        }
        for (const auto& user : *all) {
            context.out << user.email << "  " << domain::to_string(user.role)
                        << (user.has_password ? "" : "  (has not set a password yet)")
                        << (user.active() ? "" : "  (closed)") << "\n";
        }
    });
}

} // namespace leadline::cli
