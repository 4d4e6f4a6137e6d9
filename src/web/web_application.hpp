#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "app/frameworks/framework_cache.hpp"
#include "app/ports/store.hpp"
#include "web/handlers/rater_handler.hpp"
#include "web/http/request.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

struct WebConfig {
    std::string database;
    std::filesystem::path templates;
    std::filesystem::path static_folder; // holds assets/, served at /assets/
};

// Routes a request to its handler and returns the response: no sockets, so every route is tested by
// calling handle(). Safe to call from several worker threads; each thread uses its own database
// connection.
class WebApplication {
  public:
    WebApplication(app::StoreFactory& stores, WebConfig config);

    [[nodiscard]] Response handle(const Request& request);

  private:
    [[nodiscard]] Response route(const Request& request);
    [[nodiscard]] Response health();
    [[nodiscard]] Response asset(const std::string& path) const;
    // This thread's connection, opened on first use.
    [[nodiscard]] domain::Result<app::Store*> store();

    app::StoreFactory& m_stores;
    WebConfig m_config;
    PageRenderer m_pages;
    app::FrameworkCache m_frameworks;
    RaterHandler m_rater;
    std::map<std::string, std::pair<std::string, std::string>> m_assets; // path -> (content type, bytes)
};

} // namespace leadline::web
