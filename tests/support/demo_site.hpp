#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>

#include "app/demo/demo_generator.hpp"
#include "app/demo/seed_demo.hpp"
#include "storage/soci_store_factory.hpp"
#include "support/scratch_database.hpp"
#include "support/settable_clock.hpp"
#include "web/web_application.hpp"

namespace leadline::testing {

// A small demo organisation in a scratch SQLite database, served by a WebApplication: its open
// cycle has working rater links, its published cycle has links to closed questionnaires.
class DemoSite {
  public:
    // base_url: what the site says people use; https makes its cookies Secure.
    // people: the size of the demo organisation (larger ones have larger teams, and take longer).
    explicit DemoSite(std::string base_url = "", std::size_t people = 80);
    // The same in the scratch database given (PostgreSQL, for instance), which must be there.
    DemoSite(std::string base_url, std::size_t people, std::unique_ptr<ScratchDatabase> database);

    [[nodiscard]] web::WebApplication& app() { return *m_app; }
    [[nodiscard]] app::Store& store() { return *m_store; }
    [[nodiscard]] const app::DemoData& demo() const { return m_demo; }
    [[nodiscard]] const ScratchDatabase& database() const { return *m_database; }
    // What the demo wrote: its published cycle (`cycle`) and its open one (`open_cycle`).
    [[nodiscard]] const app::DemoSummary& summary() const { return m_summary; }

    // The token of the first nomination in the open cycle in this group, with no saved answers.
    [[nodiscard]] std::string open_token(domain::RaterGroup group) const;
    // The token of a rater who answered in the published cycle.
    [[nodiscard]] std::string published_token() const;

    [[nodiscard]] web::Response get(const std::string& path);
    // A GET as the server first tries it, on its I/O thread: from memory, or nothing.
    [[nodiscard]] std::optional<web::Response> get_from_memory(const std::string& path);
    [[nodiscard]] web::Response post(const std::string& path, const std::vector<web::FormField>& fields);

    [[nodiscard]] SettableClock& clock() { return m_clock; }
    // As if the server restarted: a new application on the same database, with nothing kept in memory.
    void restart();
    // An account for someone (a participant must be a demo person) and its one-time sign-in link token.
    [[nodiscard]] std::string add_account(const std::string& email, domain::Role role);
    // The email of a subject of the open cycle, and of a demo person who is in no cycle.
    [[nodiscard]] std::string open_subject_email() const;

  private:
    SettableClock m_clock;
    std::unique_ptr<ScratchDatabase> m_database;
    std::unique_ptr<app::Store> m_store;
    storage::SociStoreFactory m_factory;
    app::DemoData m_demo;
    app::DemoSummary m_summary;
    std::string m_base_url;
    std::unique_ptr<web::WebApplication> m_app;
};

// One browser on a DemoSite: keeps the cookies the site sets and sends them back, as a browser does.
class Browser {
  public:
    explicit Browser(DemoSite& site, std::string address = "192.0.2.1")
        : m_site(site), m_address(std::move(address)) {}

    [[nodiscard]] web::Response get(const std::string& path);
    // A GET as the server first tries it, on its I/O thread: from memory, or nothing.
    [[nodiscard]] std::optional<web::Response> get_from_memory(const std::string& path);
    [[nodiscard]] web::Response post(const std::string& path, std::vector<web::FormField> fields);
    // Posts with the form token the page at `form_page` carries, as submitting that page would.
    [[nodiscard]] web::Response submit(const std::string& form_page, const std::string& action,
                                       std::vector<web::FormField> fields);
    // As submit, for a form that carries a file (`file` holds its field's name and the file's bytes): sent
    // as multipart/form-data, as a browser does.
    [[nodiscard]] web::Response upload(const std::string& form_page, const std::string& action,
                                       const web::FormField& file, std::vector<web::FormField> fields);

    // Chooses a password through a sign-in link; the browser is then signed in.
    void choose_password(const std::string& link_token, const std::string& password);
    [[nodiscard]] web::Response sign_in(const std::string& email, const std::string& password);

    [[nodiscard]] std::string cookie(const std::string& name) const;
    void set_cookie(const std::string& name, const std::string& value) { m_cookies[name] = value; }

  private:
    [[nodiscard]] web::Response send(web::Request request);

    DemoSite& m_site;
    std::string m_address;
    std::map<std::string, std::string> m_cookies;
};

// The value of the hidden csrf field in a page, or empty.
[[nodiscard]] std::string form_token_in(const std::string& html);

// Encodes form fields as a browser does (application/x-www-form-urlencoded).
[[nodiscard]] std::string form_body(const std::vector<web::FormField>& fields);

} // namespace leadline::testing
