#include "support/demo_site.hpp"

#include <stdexcept>

#include "app/frameworks/framework_catalog.hpp"

namespace leadline::testing {

DemoSite::DemoSite() : m_database(ScratchDatabase::create(Backend::Sqlite)), m_store(m_database->open()) {
    static const auto catalog = app::FrameworkCatalog::load_directory(LEADLINE_SOURCE_FRAMEWORKS).value();
    const auto& framework = *catalog.find("leadership-in-action");
    m_demo = app::generate_demo({80, 3}, framework.framework).value();
    if (!app::seed_demo(*m_store, m_demo, framework)) {
        throw std::runtime_error("the demo could not be written");
    }
    m_app = std::make_unique<web::WebApplication>(
        m_factory, web::WebConfig{m_database->url(), LEADLINE_SOURCE_TEMPLATES, m_database->folder()});
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
    web::Request request;
    request.method = web::Method::Get;
    const auto query = path.find('?');
    request.path = path.substr(0, query);
    request.query = query == std::string::npos ? "" : path.substr(query + 1);
    return m_app->handle(request);
}

web::Response DemoSite::post(const std::string& path, const std::vector<web::FormField>& fields) {
    web::Request request;
    request.method = web::Method::Post;
    request.path = path;
    request.headers["content-type"] = "application/x-www-form-urlencoded";
    request.body = form_body(fields);
    return m_app->handle(request);
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
