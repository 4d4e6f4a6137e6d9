#pragma once

#include "app/accounts/accounts.hpp"
#include "app/frameworks/framework_cache.hpp"
#include "app/ports/store.hpp"
#include "web/http/request.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// A subject's 360 report as a page (SVG chart drawn here, each chart followed by its figures as a
// table) and as JSON for /api/v1. Callers decide who may see whose report.
class ReportHandler {
  public:
    ReportHandler(const PageRenderer& pages, app::FrameworkCache& frameworks)
        : m_pages(pages), m_frameworks(frameworks) {}

    // back: where the page's Back link goes; nav: the header link that is current.
    [[nodiscard]] Response page(app::Store& store, const app::SignedIn& who, domain::CycleId cycle,
                                domain::PersonId subject, const std::string& back,
                                const std::string& nav) const;
    [[nodiscard]] Response json(app::Store& store, domain::CycleId cycle, domain::PersonId subject) const;

  private:
    const PageRenderer& m_pages;
    app::FrameworkCache& m_frameworks;
};

} // namespace leadline::web
