#include "web/web_application.hpp"

#include <algorithm>
#include <atomic>
#include <fstream>
#include <sstream>

#include <spdlog/spdlog.h>

#include "app/reporting/report_access.hpp"
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

} // namespace

const app::Clock& WebApplication::system_clock() {
    static const app::SystemClock clock;
    return clock;
}

WebApplication::WebApplication(app::StoreFactory& stores, WebConfig config, const app::Clock& clock)
    : m_stores(stores), m_config(std::move(config)), m_clock(clock), m_pages(m_config.templates),
      m_catalog(load_catalog(m_config.frameworks)),
      m_rater(m_pages, m_frameworks, m_config.change_poll.count() > 0 ? &m_questionnaires : nullptr),
      m_published(m_frameworks), m_reports(m_pages, m_published),
      m_account(m_pages, m_config.base_url.rfind("https://", 0) == 0 ? Transport::Https : Transport::Http),
      m_admin(m_pages, m_catalog, m_clock, m_config.base_url, m_reports),
      m_participant(m_pages, m_clock, m_config.base_url, m_reports) {
    static std::atomic<std::uint64_t> instances{0};
    m_instance = ++instances;
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
    if (m_config.change_poll.count() > 0) {
        m_change_poller = std::jthread([this](const std::stop_token& stop) { poll_changes(stop); });
    }
}

WebApplication::~WebApplication() = default;

void WebApplication::follow_changes() {
    auto connection = store();
    auto* feed = connection ? (*connection)->changes() : nullptr;
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

Response WebApplication::handle(const Request& request) {
    Response response;
    try {
        response = route(request);
    } catch (const std::exception& error) {
        spdlog::error("request failed: {}", error.what());
        response = problem_page(m_pages);
    }
    if (request.method == Method::Post && m_config.change_poll.count() > 0 &&
        request.path.rfind("/r/", 0) != 0) {
        // Whatever this post changed is dropped from memory before its answer goes, so the pages that
        // follow show it. (A rater's post changes only their own questionnaire, which the save keeps
        // in place of the old one.)
        follow_changes();
    }
    if (request.method == Method::Head) {
        response.body.clear();
    }
    apply_security_headers(response);
    return response;
}

std::optional<Response> WebApplication::answer_from_memory(const Request& request) {
    if (request.method != Method::Get && request.method != Method::Head) {
        return std::nullopt;
    }
    std::optional<Response> response;
    try {
        if (request.path.rfind("/assets/", 0) == 0) {
            response = asset(request.path);
        } else if (request.path.rfind("/r/", 0) == 0) {
            const auto segments = path_segments(request.path);
            response = m_rater.from_memory(request, {segments.begin() + 1, segments.end()});
        }
    } catch (const std::exception& error) {
        spdlog::error("request failed: {}", error.what());
        response = problem_page(m_pages);
    }
    if (!response) {
        return std::nullopt;
    }
    if (request.method == Method::Head) {
        response->body.clear();
    }
    apply_security_headers(*response);
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
    if (segments.empty()) {
        if (!reading) {
            return not_found_page(m_pages);
        }
        return m_pages.message(200, "Leadline",
                               {"Leadline runs 360 feedback and leadership development for public services.",
                                "If you have been asked for feedback, open the private link in your email. "
                                "To run cycles or see your own feedback, sign in."});
    }
    const auto& area = segments[0];
    const std::vector<std::string> rest(segments.begin() + 1, segments.end());
    if (area != "r" && area != "sign-in" && area != "sign-out" && area != "admin" && area != "me" &&
        area != "api") {
        return not_found_page(m_pages);
    }
    auto connection = store();
    if (!connection) {
        spdlog::error("database unavailable: {}", connection.error().message);
        return problem_page(m_pages);
    }
    app::Store& database = **connection;
    if (area == "r") {
        app::GroupCommit* writer = nullptr;
        if (request.method == Method::Post) {
            auto opened = answer_writer();
            if (!opened) {
                spdlog::error("database unavailable for writing: {}", opened.error().message);
                return problem_page(m_pages);
            }
            writer = *opened;
        }
        return m_rater.handle(request, database, writer, rest);
    }
    if (area == "api") {
        return api(request, database, rest);
    }
    app::Accounts accounts(database, m_clock);
    if (area == "sign-in") {
        return m_account.sign_in(request, accounts, rest);
    }
    if (area == "sign-out") {
        return request.method == Method::Post && rest.empty() ? m_account.sign_out(request, accounts)
                                                              : not_found_page(m_pages);
    }
    if (area == "admin") {
        return signed_in_page(request, database, {domain::Role::Admin}, m_admin, rest);
    }
    return signed_in_page(request, database, {domain::Role::Participant, domain::Role::LineManager},
                          m_participant, rest);
}

template <class Handler>
Response WebApplication::signed_in_page(const Request& request, app::Store& store,
                                        std::initializer_list<domain::Role> allowed, const Handler& handler,
                                        const std::vector<std::string>& rest) {
    app::Accounts accounts(store, m_clock);
    auto who = accounts.signed_in(request.cookie(session_cookie_name).value_or(""));
    if (!who) {
        spdlog::error("reading a session failed: {}", who.error().message);
        return problem_page(m_pages);
    }
    if (!*who) {
        return Response::redirect("/sign-in");
    }
    const auto& person = **who;
    if (std::find(allowed.begin(), allowed.end(), person.user.role) == allowed.end()) {
        const auto viewer = viewer_for(person, "");
        return m_pages.message(403, "You cannot see this page",
                               {"Your account does not give you access to it.",
                                "If you think it should, ask your HR or learning team."},
                               &viewer);
    }
    if (request.method == Method::Post) {
        auto fields = parse_form(request.body);
        std::string csrf;
        for (const auto& field : fields.value_or(std::vector<FormField>{})) {
            csrf = field.name == "csrf" ? field.value : csrf;
        }
        if (!fields || csrf != person.csrf_token) {
            const auto viewer = viewer_for(person, "");
            return m_pages.message(403, "This form has expired",
                                   {"The page you sent it from is out of date or came from another site. Go "
                                    "back, reload the page and try again. Nothing has been changed."},
                                   &viewer);
        }
    }
    return handler.handle(request, store, person, rest);
}

Response WebApplication::api(const Request& request, app::Store& store,
                             const std::vector<std::string>& rest) {
    app::Accounts accounts(store, m_clock);
    auto who = accounts.signed_in(request.cookie(session_cookie_name).value_or(""));
    if (!who) {
        spdlog::error("reading a session failed: {}", who.error().message);
        return Response::json(500, R"({"error":"Something went wrong. Try again later."})");
    }
    if (!*who) {
        return Response::json(401, R"({"error":"Sign in first."})");
    }
    // v1/cycles/{cycle}/reports/{person}
    const auto cycle = rest.size() == 5 ? positive_id(rest[2]) : std::nullopt;
    const auto person = rest.size() == 5 ? positive_id(rest[4]) : std::nullopt;
    if (!cycle || !person || rest[0] != "v1" || rest[1] != "cycles" || rest[3] != "reports" ||
        request.method == Method::Post) {
        return Response::json(404, R"({"error":"There is no such address in the API."})");
    }
    // A report is its subject's and the HR team's, and the line manager's when the cycle allows.
    // Someone else's report reads as missing, not forbidden.
    auto reader = app::report_reader(store, (*who)->user, domain::CycleId{*cycle}, domain::PersonId{*person});
    if (!reader) {
        spdlog::error("checking who may read a report failed: {}", reader.error().message);
        return Response::json(500, R"({"error":"Something went wrong. Try again later."})");
    }
    if (!*reader) {
        return Response::json(404, R"({"error":"There is no such report."})");
    }
    return m_reports.json(store, domain::CycleId{*cycle}, domain::PersonId{*person});
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
