#pragma once

#include <memory>
#include <string>

#include "app/demo/demo_generator.hpp"
#include "app/demo/seed_demo.hpp"
#include "storage/soci_store_factory.hpp"
#include "support/scratch_database.hpp"
#include "web/web_application.hpp"

namespace leadline::testing {

// A small demo organisation in a scratch SQLite database, served by a WebApplication: its open
// cycle has working rater links, its published cycle has links to closed questionnaires.
class DemoSite {
  public:
    DemoSite();

    [[nodiscard]] web::WebApplication& app() { return *m_app; }
    [[nodiscard]] app::Store& store() { return *m_store; }
    [[nodiscard]] const app::DemoData& demo() const { return m_demo; }
    [[nodiscard]] const ScratchDatabase& database() const { return *m_database; }

    // The token of the first nomination in the open cycle in this group, with no saved answers.
    [[nodiscard]] std::string open_token(domain::RaterGroup group) const;
    // The token of a rater who answered in the published cycle.
    [[nodiscard]] std::string published_token() const;

    [[nodiscard]] web::Response get(const std::string& path);
    [[nodiscard]] web::Response post(const std::string& path, const std::vector<web::FormField>& fields);

  private:
    std::unique_ptr<ScratchDatabase> m_database;
    std::unique_ptr<app::Store> m_store;
    storage::SociStoreFactory m_factory;
    app::DemoData m_demo;
    std::unique_ptr<web::WebApplication> m_app;
};

// Encodes form fields as a browser does (application/x-www-form-urlencoded).
[[nodiscard]] std::string form_body(const std::vector<web::FormField>& fields);

} // namespace leadline::testing
