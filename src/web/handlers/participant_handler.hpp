#pragma once

#include <string>
#include <vector>

#include "app/accounts/accounts.hpp"
#include "web/http/request.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// A participant's pages under /me: the cycles they take part in.
class ParticipantHandler {
  public:
    explicit ParticipantHandler(const PageRenderer& pages) : m_pages(pages) {}

    // segments: the path after "/me".
    [[nodiscard]] Response handle(const Request& request, app::Store& store, const app::SignedIn& who,
                                  const std::vector<std::string>& segments) const;

  private:
    const PageRenderer& m_pages;
};

} // namespace leadline::web
