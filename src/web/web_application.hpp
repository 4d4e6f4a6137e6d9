#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <thread>

#include <initializer_list>

#include "app/accounts/accounts.hpp"
#include "app/feedback/questionnaire_cache.hpp"
#include "app/frameworks/framework_cache.hpp"
#include "app/frameworks/framework_catalog.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "app/writing/group_commit.hpp"
#include "web/handlers/account_handler.hpp"
#include "web/handlers/admin_handler.hpp"
#include "web/handlers/participant_handler.hpp"
#include "web/handlers/rater_handler.hpp"
#include "web/handlers/report_handler.hpp"
#include "web/http/request.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

struct WebConfig {
    std::string database;
    std::filesystem::path templates;
    std::filesystem::path static_folder; // holds assets/, served at /assets/
    std::string base_url;                // cookies are Secure when it starts with https://
    std::filesystem::path frameworks;    // the frameworks admins may choose for a new cycle
    // How often another process's changes are looked for, so rater pages kept in memory are dropped
    // when out of date; zero keeps no rater pages in memory.
    std::chrono::milliseconds change_poll{5};
};

// Routes a request to its handler and returns the response: no sockets, so every route is tested by
// calling handle(). Safe to call from several worker threads; each thread uses its own database
// connection.
class WebApplication {
  public:
    WebApplication(app::StoreFactory& stores, WebConfig config, const app::Clock& clock = system_clock());

    [[nodiscard]] Response handle(const Request& request);
    // What can be answered without the database, on the calling (I/O) thread: assets, and rater pages
    // kept in memory. Nothing when the request needs handle().
    [[nodiscard]] std::optional<Response> answer_from_memory(const Request& request);
    WebApplication(const WebApplication&) = delete;
    WebApplication& operator=(const WebApplication&) = delete;
    ~WebApplication();

  private:
    [[nodiscard]] static const app::Clock& system_clock();
    [[nodiscard]] Response route(const Request& request);
    // Runs a signed-in page: anonymous visitors go to sign in, other roles are refused, and a post must
    // carry the session's form token.
    template <class Handler>
    [[nodiscard]] Response signed_in_page(const Request& request, app::Store& store,
                                          std::initializer_list<domain::Role> allowed, const Handler& handler,
                                          const std::vector<std::string>& rest);
    [[nodiscard]] Response health();
    // Reads what changed since the last look, on this thread's connection.
    void follow_changes();
    void poll_changes(const std::stop_token& stop);
    // /api/v1: JSON for signed-in people; 401 without a session.
    [[nodiscard]] Response api(const Request& request, app::Store& store,
                               const std::vector<std::string>& rest);
    [[nodiscard]] Response asset(const std::string& path) const;
    // This thread's connection, opened on first use.
    [[nodiscard]] domain::Result<app::Store*> store();
    // The one writer that raters' answers go through, opened on first use.
    [[nodiscard]] domain::Result<app::GroupCommit*> answer_writer();

    app::StoreFactory& m_stores;
    std::uint64_t m_instance = 0;
    WebConfig m_config;
    const app::Clock& m_clock;
    PageRenderer m_pages;
    app::FrameworkCache m_frameworks;
    app::FrameworkCatalog m_catalog;
    app::QuestionnaireCache m_questionnaires;
    RaterHandler m_rater;
    app::PublishedReports m_published;
    ReportHandler m_reports;
    AccountHandler m_account;
    AdminHandler m_admin;
    ParticipantHandler m_participant;
    std::map<std::string, std::pair<std::string, std::string>> m_assets; // path -> (content type, bytes)
    std::mutex m_writer_mutex;
    std::unique_ptr<app::GroupCommit> m_answer_writer;
    std::atomic<bool> m_feed_failing{false};
    std::jthread m_change_poller; // last: stops before what it uses goes
};

} // namespace leadline::web
