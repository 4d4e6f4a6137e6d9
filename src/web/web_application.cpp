#include "web/web_application.hpp"

#include <atomic>
#include <fstream>
#include <sstream>

#include <spdlog/spdlog.h>

#include "web/handlers/error_answers.hpp"
#include "web/http/security_headers.hpp"
#include "web/routes/route_table.hpp"

namespace leadline::web {

namespace {

std::string content_type_for(const std::filesystem::path& file) {
    const auto extension = file.extension().string();
    if (extension == ".css") {
        return "text/css; charset=utf-8";
    }
    if (extension == ".js" || extension == ".mjs") {
        return "text/javascript; charset=utf-8";
    }
    if (extension == ".svg") {
        return "image/svg+xml";
    }
    if (extension == ".png") {
        return "image/png";
    }
    if (extension == ".woff2") {
        return "font/woff2";
    }
    return "application/octet-stream";
}

app::FrameworkCatalog load_catalog(const std::filesystem::path& folder) {
    if (folder.empty()) {
        return {};
    }
    auto catalog = app::FrameworkCatalog::load_directory(folder);
    if (!catalog) {
        spdlog::warn("no frameworks to offer for new cycles: {}", catalog.error().message);
        return {};
    }
    return std::move(*catalog);
}

// Assets are small and fixed for the life of the server: read once.
Assets load_assets(const std::filesystem::path& static_folder) {
    Assets assets;
    const auto folder = static_folder / "assets";
    if (!std::filesystem::is_directory(folder)) {
        spdlog::warn("no assets in {}: pages will have no styles (run scripts/build-assets)",
                     folder.string());
        return assets;
    }
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
        if (!entry.is_regular_file()) {
            continue;
        }
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        const auto relative = std::filesystem::relative(entry.path(), folder).generic_string();
        assets.emplace("/assets/" + relative, std::pair{content_type_for(entry.path()), bytes.str()});
    }
    return assets;
}

// Where a failure happened, as it may be logged: the route's pattern, never the path (links carry secrets).
std::string_view where_in_table(const Request& request) {
    const auto resolution = product_routes().resolve(request.method, request.path);
    return resolution.route != nullptr ? resolution.route->pattern : std::string_view("an unknown address");
}

} // namespace

const app::Clock& WebApplication::system_clock() {
    static const app::SystemClock clock;
    return clock;
}

WebApplication::WebApplication(app::StoreFactory& stores, WebConfig config, const app::Clock& clock)
    : m_stores(stores), m_config(std::move(config)), m_pages(m_config.templates),
      m_catalog(load_catalog(m_config.frameworks)), m_published(m_frameworks),
      m_assets(load_assets(m_config.static_folder)),
      m_site{m_pages,
             clock,
             m_config.base_url,
             m_config.base_url.rfind("https://", 0) == 0 ? Transport::Https : Transport::Http,
             m_catalog,
             m_frameworks,
             m_published,
             m_progress,
             m_config.change_poll.count() > 0 ? &m_questionnaires : nullptr,
             m_skeletons,
             m_assets,
             *this},
      m_dispatcher(product_routes(), m_site) {
    static std::atomic<std::uint64_t> instances{0};
    m_instance = ++instances;
    if (m_config.change_poll.count() > 0) {
        m_change_poller = std::jthread([this](const std::stop_token& stop) { poll_changes(stop); });
    }
}

WebApplication::~WebApplication() = default;

void WebApplication::follow_changes() {
    auto connection = store();
    auto* feed = connection ? app::change_feed_of(**connection) : nullptr;
    if (feed == nullptr) {
        return;
    }
    auto followed = m_questionnaires.catch_up(*feed);
    // Once per failing spell, not every few milliseconds. Pages kept stay until the feed reads again;
    // saves never depend on them, as they always read the database.
    if (!followed && !m_feed_failing.exchange(true)) {
        spdlog::warn("reading the change feed failed: {}", followed.error().message);
    } else if (followed && m_feed_failing.exchange(false)) {
        spdlog::info("reading the change feed again");
    }
}

void WebApplication::poll_changes(const std::stop_token& stop) {
    while (!stop.stop_requested()) {
        follow_changes();
        std::this_thread::sleep_for(m_config.change_poll);
    }
}

domain::Result<app::Store*> WebApplication::store() {
    // SOCI sessions are not thread-safe: one connection per worker thread and application. Keyed by a
    // number never reused, not by address: a later application at the same address must not inherit a
    // connection to another database.
    thread_local std::map<std::uint64_t, std::unique_ptr<app::Store>> connections;
    auto& connection = connections[m_instance];
    if (!connection) {
        auto opened = m_stores.open(m_config.database, app::SchemaUpgrade::Refuse);
        if (!opened) {
            return domain::fail(opened.error());
        }
        connection = std::move(*opened);
    }
    return connection.get();
}

domain::Result<app::GroupCommit*> WebApplication::answer_writer() {
    std::lock_guard lock(m_writer_mutex);
    if (!m_answer_writer) {
        auto opened = m_stores.open(m_config.database, app::SchemaUpgrade::Refuse);
        if (!opened) {
            return domain::fail(opened.error());
        }
        auto checkpointer = m_stores.open(m_config.database, app::SchemaUpgrade::Refuse);
        m_answer_writer = std::make_unique<app::GroupCommit>(
            std::move(*opened), checkpointer ? std::move(*checkpointer) : std::unique_ptr<app::Store>{});
    }
    return m_answer_writer.get();
}

void WebApplication::finish(const Request& request, Response& response) {
    if (request.method == Method::Head) {
        response.body.clear();
        response.pieces = nullptr;
    }
    apply_security_headers(response);
}

Response WebApplication::handle(const Request& sent) {
    const Request* request = &sent;
    Request named;
    if (sent.id.empty()) {
        named = sent;
        named.id = next_request_id();
        request = &named;
    }
    Response response;
    try {
        response = m_dispatcher.dispatch(*request);
    } catch (const std::exception& error) {
        response =
            fault_answer(m_pages, *request, where_in_table(*request),
                         {domain::ErrorCode::Internal, error.what()}, request->path.starts_with("/api/"));
    }
    if (request->method == Method::Post && m_config.change_poll.count() > 0 &&
        !request->path.starts_with("/r/")) {
        // Whatever this post changed is dropped from memory before its answer goes, so the pages that
        // follow show it. (A rater's post changes only their own questionnaire, which the save keeps
        // in place of the old one.)
        follow_changes();
    }
    finish(*request, response);
    return response;
}

bool WebApplication::accepts_files(std::string_view target) const {
    return m_dispatcher.accepts_files(target.substr(0, target.find('?')));
}

std::optional<Response> WebApplication::answer_from_memory(const Request& request) {
    std::optional<Response> response;
    try {
        response = m_dispatcher.from_memory(request);
    } catch (const std::exception& error) {
        response = fault_answer(m_pages, request, where_in_table(request),
                                {domain::ErrorCode::Internal, error.what()}, false);
    }
    if (response) {
        finish(request, *response);
    }
    return response;
}

} // namespace leadline::web
