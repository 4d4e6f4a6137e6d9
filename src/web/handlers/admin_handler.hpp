#pragma once

#include <string>
#include <vector>

#include "app/accounts/accounts.hpp"
#include "app/feedback/cycle_form.hpp"
#include "app/frameworks/framework_catalog.hpp"
#include "web/http/request.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// The admin's pages under /admin: cycles, their subjects and progress. Only admins reach it.
class AdminHandler {
  public:
    // frameworks: those an admin may choose for a new cycle.
    AdminHandler(const PageRenderer& pages, const app::FrameworkCatalog& frameworks)
        : m_pages(pages), m_frameworks(frameworks) {}

    // segments: the path after "/admin".
    [[nodiscard]] Response handle(const Request& request, app::Store& store, const app::SignedIn& who,
                                  const std::vector<std::string>& segments) const;

  private:
    [[nodiscard]] Response cycles(app::Store& store, const app::SignedIn& who) const;
    [[nodiscard]] Response cycle(app::Store& store, const app::SignedIn& who, domain::CycleId id,
                                 const std::string& done, const std::vector<PageError>& errors) const;
    [[nodiscard]] Response advance(app::Store& store, const app::SignedIn& who, domain::CycleId id,
                                   const std::string& step) const;
    [[nodiscard]] Response not_found(const app::SignedIn& who) const;
    [[nodiscard]] Response new_cycle_form(const app::SignedIn& who, const app::CycleFormInput& input,
                                          const std::vector<app::FieldProblem>& problems) const;
    [[nodiscard]] Response create_cycle(const Request& request, app::Store& store,
                                        const app::SignedIn& who) const;

    const PageRenderer& m_pages;
    const app::FrameworkCatalog& m_frameworks;
};

} // namespace leadline::web
