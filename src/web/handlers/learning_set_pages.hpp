#pragma once

#include <cstdint>

#include "app/accounts/accounts.hpp"
#include "app/ports/store.hpp"
#include "web/http/request.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// The admin's pages for saved learning sets: the list, one plan with why each set is diverse, and
// its CSV. Plans are formed and saved with `leadline sets --save`.
class LearningSetPages {
  public:
    explicit LearningSetPages(const PageRenderer& pages) : m_pages(pages) {}

    [[nodiscard]] Response list(app::Store& store, const app::SignedIn& who) const;
    [[nodiscard]] Response plan(app::Store& store, const app::SignedIn& who, std::int64_t id, bool csv) const;

  private:
    const PageRenderer& m_pages;
};

} // namespace leadline::web
