#include "web/web_application.hpp"

#include <fstream>
#include <sstream>

#include <spdlog/spdlog.h>

#include "web/handlers/error_pages.hpp"
#include "web/http/security_headers.hpp"

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

} // namespace

WebApplication::WebApplication(app::StoreFactory& stores, WebConfig config)
    : m_stores(stores), m_config(std::move(config)), m_pages(m_config.templates),
      m_rater(m_pages, m_frameworks) {
    // Assets are small and fixed for the life of the server: read them once.
    const auto folder = m_config.static_folder / "assets";
    if (std::filesystem::is_directory(folder)) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
            if (!entry.is_regular_file()) {
                continue;
            }
            std::ifstream in(entry.path(), std::ios::binary);
            std::ostringstream bytes;
            bytes << in.rdbuf();
            const auto relative = std::filesystem::relative(entry.path(), folder).generic_string();
            m_assets.emplace("/assets/" + relative, std::pair{content_type_for(entry.path()), bytes.str()});
        }
    } else {
        spdlog::warn("no assets in {}: pages will have no styles (run scripts/build-assets)",
                     folder.string());
    }
}

domain::Result<app::Store*> WebApplication::store() {
    // SOCI sessions are not thread-safe: one connection per worker thread and application.
    thread_local std::map<const WebApplication*, std::unique_ptr<app::Store>> connections;
    auto& connection = connections[this];
    if (!connection) {
        auto opened = m_stores.open(m_config.database, app::SchemaUpgrade::Refuse);
        if (!opened) {
            return domain::fail(opened.error());
        }
        connection = std::move(*opened);
    }
    return connection.get();
}

Response WebApplication::handle(const Request& request) {
    Response response;
    try {
        response = route(request);
    } catch (const std::exception& error) {
        spdlog::error("request failed: {}", error.what());
        response = problem_page(m_pages);
    }
    if (request.method == Method::Head) {
        response.body.clear();
    }
    apply_security_headers(response);
    return response;
}

Response WebApplication::route(const Request& request) {
    if (request.method == Method::Other) {
        auto refused = Response::text(405, "This address does not accept that method.\n");
        refused.set_header("Allow", "GET, HEAD, POST");
        return refused;
    }
    const bool reading = request.method == Method::Get || request.method == Method::Head;
    if (request.path == "/healthz" && reading) {
        return health();
    }
    if (request.path.rfind("/assets/", 0) == 0 && reading) {
        return asset(request.path);
    }
    const auto segments = path_segments(request.path);
    if (!segments.empty() && segments[0] == "r") {
        auto connection = store();
        if (!connection) {
            spdlog::error("database unavailable: {}", connection.error().message);
            return problem_page(m_pages);
        }
        return m_rater.handle(request, **connection, {segments.begin() + 1, segments.end()});
    }
    if (request.path == "/" && reading) {
        return m_pages.message(200, "Leadline",
                               {"Leadline runs 360 feedback and leadership development for public services.",
                                "If you have been asked for feedback, open the private link in your email."});
    }
    return not_found_page(m_pages);
}

Response WebApplication::health() {
    auto connection = store();
    if (connection) {
        if ((*connection)->schema_status()) {
            return Response::json(200, R"({"status":"ok"})");
        }
    }
    return Response::json(503, R"({"status":"unavailable"})");
}

Response WebApplication::asset(const std::string& path) const {
    const auto found = m_assets.find(path);
    if (found == m_assets.end()) {
        return not_found_page(m_pages);
    }
    Response response{200,
                      {{"Content-Type", found->second.first}, {"Cache-Control", "public, max-age=3600"}},
                      found->second.second};
    return response;
}

} // namespace leadline::web
