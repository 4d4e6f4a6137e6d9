#pragma once

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>

#include "app/ports/mail_sender.hpp"
#include "app/ports/store.hpp"
#include "app/reporting/cycle_reports.hpp"

namespace leadline::cli {

// What `leadline serve` was asked for.
struct ServeOptions {
    std::string database;
    std::string host = "127.0.0.1";
    unsigned short port = 8080;
    unsigned threads = 1;
    std::string base_url;
    std::filesystem::path templates;
    std::filesystem::path static_folder;
    std::filesystem::path frameworks;
    std::string smtp_url; // when set, the server sends what waits in the outbox
    std::string smtp_from;
    // How often (milliseconds) to look for changes made by other processes to what rater pages show;
    // 0 reads every rater page from the database.
    unsigned change_poll_ms = 5;
};

struct MailOptions {
    std::string smtp_url;
    std::string smtp_from;
};
// Makes the mail sender; the composition root provides it, since the command line does not depend on
// the mail adapter.
using MailSenderFactory = std::function<std::unique_ptr<app::MailSender>(const MailOptions&)>;

struct CliContext;
// Writes a subject's report as one HTML file; the composition root provides it, since the command line
// does not depend on the web layer, where reports are drawn.
using ReportDocumentFunction = std::function<domain::Result<std::string>(
    const CliContext&, const app::CycleReportSet&, const app::SubjectReport&)>;
// Runs the web server until it is stopped; returns the exit code. The composition root provides it,
// since the command line does not depend on the web layer.
using ServeFunction = std::function<int(const ServeOptions&, CliContext&)>;

// The web server's route table as text; the composition root provides it, since the command line does not
// depend on the web layer.
using RouteListFunction = std::function<std::string()>;

// What the composition root hands to the commands: how to open databases, where frameworks live,
// and where to write.
struct CliContext {
    app::StoreFactory& stores;
    std::filesystem::path frameworks_folder;
    std::ostream& out;
    std::ostream& err;
    int exit_code = 0;
    ServeFunction serve;
    std::filesystem::path templates_folder;
    std::filesystem::path static_folder;
    MailSenderFactory mail_sender;
    ReportDocumentFunction report_document;
    RouteListFunction route_list;
};

} // namespace leadline::cli
