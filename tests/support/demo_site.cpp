#include "support/demo_site.hpp"

#include <stdexcept>

#include "app/accounts/accounts.hpp"
#include "app/frameworks/framework_catalog.hpp"

namespace leadline::testing {

namespace {

// A GET of a path that may carry a query ("/r/abc?saved=1").
web::Request get_request(const std::string& path) {
    web::Request request;
    request.method = web::Method::Get;
    const auto query = path.find('?');
    request.path = path.substr(0, query);
    request.query = query == std::string::npos ? "" : path.substr(query + 1);
    return request;
}

// A body made in pieces, put together as a client receives it over the network.
web::Response gathered(web::Response response) {
    if (!response.pieces) {
        return response;
    }
    for (;;) {
        auto piece = response.pieces();
        if (!piece) {
            throw std::runtime_error("a piece of the body failed: " + piece.error().message);
        }
        if (!*piece) {
            break;
        }
        response.body += **piece;
    }
    response.pieces = nullptr;
    return response;
}

} // namespace

DemoSite::DemoSite(std::string base_url, std::size_t people)
    : DemoSite(std::move(base_url), people, ScratchDatabase::create(Backend::Sqlite)) {}

DemoSite::DemoSite(std::string base_url, std::size_t people, std::unique_ptr<ScratchDatabase> database)
    : m_database(std::move(database)), m_store(m_database->open()) {
    static const auto catalog = app::FrameworkCatalog::load_directory(LEADLINE_SOURCE_FRAMEWORKS).value();
    const auto& framework = *catalog.find("leadership-in-action");
    m_demo = app::generate_demo({people, 3}, framework.framework).value();
    auto seeded = app::seed_demo(*m_store, m_demo, framework, catalog.find("indicators-of-potential"));
    if (!seeded) {
        throw std::runtime_error("the demo could not be written");
    }
    m_summary = *seeded;
    m_base_url = std::move(base_url);
    restart();
}

void DemoSite::restart() {
    m_app.reset();
    m_app = std::make_unique<web::WebApplication>(m_factory,
                                                  web::WebConfig{m_database->url(), LEADLINE_SOURCE_TEMPLATES,
                                                                 m_database->folder(), m_base_url,
                                                                 LEADLINE_SOURCE_FRAMEWORKS},
                                                  m_clock);
}

std::string DemoSite::add_account(const std::string& email, domain::Role role) {
    app::Accounts accounts(*m_store, m_clock);
    return accounts.add_user(email, role).value().token;
}

std::string DemoSite::open_subject_email() const {
    return m_demo.people.at(m_demo.open_cycle.subjects.at(0)).email;
}

web::Response Browser::send(web::Request request) {
    std::string cookies;
    for (const auto& [name, value] : m_cookies) {
        cookies += (cookies.empty() ? "" : "; ") + name + "=" + value;
    }
    if (!cookies.empty()) {
        request.headers["cookie"] = cookies;
    }
    request.remote_address = m_address;
    auto response = gathered(m_site.app().handle(request));
    for (const auto& [name, value] : response.headers) {
        if (name != "Set-Cookie") {
            continue;
        }
        const auto equals = value.find('=');
        const auto end = value.find(';');
        const auto cookie_name = value.substr(0, equals);
        const auto cookie_value = value.substr(equals + 1, end - equals - 1);
        if (value.find("Max-Age=0") != std::string::npos || cookie_value.empty()) {
            m_cookies.erase(cookie_name);
        } else {
            m_cookies[cookie_name] = cookie_value;
        }
    }
    return response;
}

web::Response Browser::get(const std::string& path) {
    return send(get_request(path));
}

web::Response Browser::post(const std::string& path, std::vector<web::FormField> fields) {
    web::Request request;
    request.method = web::Method::Post;
    request.path = path;
    request.headers["content-type"] = "application/x-www-form-urlencoded";
    request.body = form_body(fields);
    return send(std::move(request));
}

web::Response Browser::submit(const std::string& form_page, const std::string& action,
                              std::vector<web::FormField> fields) {
    const auto page = get(form_page);
    fields.insert(fields.begin(), {"csrf", form_token_in(page.body)});
    return post(action, std::move(fields));
}

web::Response Browser::upload(const std::string& form_page, const std::string& action,
                              const web::FormField& file, std::vector<web::FormField> fields) {
    const auto page = get(form_page);
    fields.insert(fields.begin(), {"csrf", form_token_in(page.body)});
    fields.push_back(file);
    const std::string boundary = "----BrowserBoundaryq8Xz3";
    web::Request request;
    request.method = web::Method::Post;
    request.path = action;
    request.headers["content-type"] = "multipart/form-data; boundary=" + boundary;
    for (const auto& [name, value] : fields) {
        request.body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"";
        if (name == file.name) {
            request.body += "; filename=\"people.csv\"\r\nContent-Type: text/csv";
        }
        request.body += "\r\n\r\n" + value + "\r\n";
    }
    request.body += "--" + boundary + "--\r\n";
    return send(std::move(request));
}

void Browser::choose_password(const std::string& link_token, const std::string& password) {
    const auto link = "/sign-in/" + link_token;
    auto response = submit(link, link, {{"password", password}, {"confirmation", password}});
    if (response.status != 303) {
        throw std::runtime_error("choosing a password failed with status " + std::to_string(response.status));
    }
}

web::Response Browser::sign_in(const std::string& email, const std::string& password) {
    return submit("/sign-in", "/sign-in", {{"email", email}, {"password", password}});
}

std::string Browser::cookie(const std::string& name) const {
    const auto found = m_cookies.find(name);
    return found == m_cookies.end() ? "" : found->second;
}

std::string form_token_in(const std::string& html) {
    const std::string marker = R"(name="csrf" value=")";
    const auto start = html.find(marker);
    if (start == std::string::npos) {
        return {};
    }
    const auto value = start + marker.size();
    return html.substr(value, html.find('"', value) - value);
}

std::string DemoSite::open_token(domain::RaterGroup group) const {
    for (const auto& nomination : m_demo.open_cycle.nominations) {
        if (nomination.group == group && !nomination.answers) {
            return nomination.token;
        }
    }
    throw std::logic_error("the demo has no such rater");
}

std::string DemoSite::published_token() const {
    for (const auto& nomination : m_demo.nominations) {
        if (nomination.answers && nomination.group == domain::RaterGroup::Peer) {
            return nomination.token;
        }
    }
    throw std::logic_error("the demo has no answered peer");
}

web::Response DemoSite::get(const std::string& path) {
    return gathered(m_app->handle(get_request(path)));
}

std::optional<web::Response> DemoSite::get_from_memory(const std::string& path) {
    return m_app->answer_from_memory(get_request(path));
}

web::Response DemoSite::post(const std::string& path, const std::vector<web::FormField>& fields) {
    web::Request request;
    request.method = web::Method::Post;
    request.path = path;
    request.headers["content-type"] = "application/x-www-form-urlencoded";
    request.body = form_body(fields);
    return gathered(m_app->handle(request));
}

std::string form_body(const std::vector<web::FormField>& fields) {
    static const char* hex = "0123456789ABCDEF";
    std::string body;
    for (const auto& field : fields) {
        if (!body.empty()) {
            body += '&';
        }
        for (const auto* text : {&field.name, &field.value}) {
            for (const char c : *text) {
                const auto byte = static_cast<unsigned char>(c);
                if (std::isalnum(byte) || c == '-' || c == '_' || c == '.') {
                    body += c;
                } else if (c == ' ') {
                    body += '+';
                } else {
                    body += '%';
                    body += hex[byte >> 4];
                    body += hex[byte & 15];
                }
            }
            if (text == &field.name) {
                body += '=';
            }
        }
    }
    return body;
}

} // namespace leadline::testing
