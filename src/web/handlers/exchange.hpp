#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/accounts/accounts.hpp"
#include "app/feedback/progress_cache.hpp"
#include "app/feedback/questionnaire_cache.hpp"
#include "app/frameworks/framework_cache.hpp"
#include "app/frameworks/framework_catalog.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "app/reporting/published_reports.hpp"
#include "app/writing/group_commit.hpp"
#include "web/http/request.hpp"
#include "web/http/security_headers.hpp"
#include "web/routes/route.hpp"
#include "web/routes/route_parameters.hpp"
#include "web/views/page_renderer.hpp"
#include "web/views/rater_page_skeletons.hpp"

namespace leadline::web {

// Where handlers get database connections: one per worker thread, and the one writer that raters'
// answers go through. The web application provides it.
class Connections {
  public:
    virtual ~Connections() = default;
    // This thread's connection, opened on first use.
    [[nodiscard]] virtual domain::Result<app::Store*> store() = 0;
    [[nodiscard]] virtual domain::Result<app::GroupCommit*> answer_writer() = 0;
};

// Static files served at /assets/: path -> (content type, bytes), read once at start.
using Assets = std::map<std::string, std::pair<std::string, std::string>, std::less<>>;

// What every handler may use, fixed for the life of the server.
struct Site {
    const PageRenderer& pages;
    const app::Clock& clock;
    std::string base_url;
    Transport transport;                  // cookies are Secure over https
    const app::FrameworkCatalog& catalog; // frameworks an admin may choose for a new cycle
    app::FrameworkCache& frameworks;
    app::PublishedReports& published;
    app::ProgressCache& progress;  // cycles' progress kept while nothing changes
    app::QuestionnaireCache* kept; // rater questionnaires kept in memory; null when none are kept
    RaterPageSkeletons& skeletons;
    const Assets& assets;
    Connections& connections;
};

// One request as its handler sees it, after dispatch has matched its route, checked who may use it
// and, for a post, read the form and checked its token.
struct Exchange {
    const Request& request;
    const Route& route;
    const RouteParameters& parameters;
    Site& site;
    app::Store* database = nullptr;     // this thread's connection; set unless the route uses none
    const app::SignedIn* who = nullptr; // set for routes with a signed-in audience
    const std::vector<FormField>& form; // a post's fields in the order sent; empty for a GET

    [[nodiscard]] app::Store& store() const;
    [[nodiscard]] const app::SignedIn& signed_in() const;
    // The first value of a form field; empty when it was not sent.
    [[nodiscard]] std::string field(std::string_view name) const;
    // A query string value, decoded; empty when it is missing.
    [[nodiscard]] std::string query(std::string_view name) const { return query_value(request.query, name); }
    // The signed-in person's header, with the navigation link `current_href` marked.
    [[nodiscard]] Viewer viewer(const std::string& current_href) const;
    [[nodiscard]] const PageRenderer& pages() const { return site.pages; }
};

// A request answered without the database, on the server's I/O thread.
struct MemoryExchange {
    const Request& request;
    const RouteParameters& parameters;
    const Site& site;
};

} // namespace leadline::web
