#pragma once

#include <string>
#include <vector>

#include "app/accounts/accounts.hpp"
#include "web/http/request.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// The admin's pages under /admin: cycles, their subjects and progress. Only admins reach it.
class AdminHandler {
  public:
    explicit AdminHandler(const PageRenderer& pages) : m_pages(pages) {}

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

    const PageRenderer& m_pages;
};

} // namespace leadline::web
