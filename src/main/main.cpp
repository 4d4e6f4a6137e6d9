// The composition root: the one place where storage and the command line are wired together.
#include <cstdlib>
#include <exception>
#include <iostream>

#include "cli/cli.hpp"
#include "cli/exit_codes.hpp"
#include "mail/smtp_mail_sender.hpp"
#include "main/report_document.hpp"
#include "main/serve.hpp"
#include "storage/soci_store_factory.hpp"
#include "web/routes/route_listing.hpp"

namespace {

// A folder named by an environment variable, else the one the build knows. (Frameworks ship beside the
// binary's source; LEADLINE_FRAMEWORKS or --frameworks choose another folder.)
std::filesystem::path folder_from(const char* variable, const char* fallback) {
    if (const char* folder = std::getenv(variable); folder != nullptr && *folder != '\0') {
        return folder;
    }
    return fallback;
}

} // namespace

int main(int argc, char** argv) {
    try {
        leadline::storage::SociStoreFactory stores;
        auto serve = [&stores](const leadline::cli::ServeOptions& options, leadline::cli::CliContext& cli) {
            return leadline::main::serve(stores, options, cli);
        };
        leadline::cli::CliContext context{
            stores,
            folder_from("LEADLINE_FRAMEWORKS", LEADLINE_SOURCE_FRAMEWORKS),
            std::cout,
            std::cerr,
            leadline::cli::exit_ok,
            serve,
            folder_from("LEADLINE_TEMPLATES", LEADLINE_SOURCE_TEMPLATES),
            folder_from("LEADLINE_STATIC", LEADLINE_BUILD_STATIC),
            [](const leadline::cli::MailOptions& mail) {
                return std::make_unique<leadline::mail::SmtpMailSender>(
                    leadline::mail::SmtpSettings{mail.smtp_url, mail.smtp_from});
            },
            leadline::main::report_document,
            [] { return leadline::web::describe_routes(leadline::web::product_routes()); }};
        const int code = leadline::cli::run_cli(argc, argv, context);
        std::cout.flush();
        return code;
    } catch (const std::exception& error) {
        std::cerr << "leadline: internal error: " << error.what() << '\n';
        return leadline::cli::exit_internal;
    }
}
