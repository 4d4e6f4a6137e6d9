#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <thread>

#include "app/feedback/questionnaire_cache.hpp"
#include "app/frameworks/framework_cache.hpp"
#include "app/frameworks/framework_catalog.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "app/reporting/published_reports.hpp"
#include "app/writing/group_commit.hpp"
#include "web/handlers/exchange.hpp"
#include "web/http/request.hpp"
#include "web/routes/dispatcher.hpp"
#include "web/views/page_renderer.hpp"
#include "web/views/rater_page_skeletons.hpp"

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

// The web application: what every handler shares (the Site), answered through the route table
// (product_routes). No sockets, so every route is tested by calling handle(). Safe to call from several
// worker threads; each thread uses its own database connection.
class WebApplication : private Connections {
  public:
    WebApplication(app::StoreFactory& stores, WebConfig config, const app::Clock& clock = system_clock());

    [[nodiscard]] Response handle(const Request& request);
    // What can be answered without the database, on the calling (I/O) thread: assets, and rater pages
    // kept in memory. Nothing when the request needs handle().
    [[nodiscard]] std::optional<Response> answer_from_memory(const Request& request);
    // Whether a post to this address (its path and query) may carry a file, and so a larger body.
    [[nodiscard]] bool accepts_files(std::string_view target) const;
    WebApplication(const WebApplication&) = delete;
    WebApplication& operator=(const WebApplication&) = delete;
    ~WebApplication() override;

  private:
    [[nodiscard]] static const app::Clock& system_clock();
    // Reads what changed since the last look, on this thread's connection.
    void follow_changes();
    void poll_changes(const std::stop_token& stop);
    [[nodiscard]] domain::Result<app::Store*> store() override;
    [[nodiscard]] domain::Result<app::GroupCommit*> answer_writer() override;
    // The security headers, and no body for HEAD.
    static void finish(const Request& request, Response& response);

    app::StoreFactory& m_stores;
    std::uint64_t m_instance = 0;
    WebConfig m_config;
    PageRenderer m_pages;
    app::FrameworkCache m_frameworks;
    app::FrameworkCatalog m_catalog;
    app::QuestionnaireCache m_questionnaires;
    app::PublishedReports m_published;
    app::ProgressCache m_progress;
    RaterPageSkeletons m_skeletons;
    Assets m_assets;
    Site m_site;
    Dispatcher m_dispatcher;
    std::mutex m_writer_mutex;
    std::unique_ptr<app::GroupCommit> m_answer_writer;
    std::atomic<bool> m_feed_failing{false};
    std::jthread m_change_poller; // last: stops before what it uses goes
};

} // namespace leadline::web
