#pragma once

#include "app/accounts/accounts.hpp"
#include "app/ports/store.hpp"
#include "app/reporting/published_reports.hpp"
#include "web/http/request.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// A subject's 360 report as a page (SVG chart drawn here, each chart followed by its figures as a
// table) and as JSON for /api/v1. Callers decide who may see whose report.
class ReportHandler {
  public:
    ReportHandler(const PageRenderer& pages, app::PublishedReports& published)
        : m_pages(pages), m_published(published) {}

    // back: where the page's Back link goes; nav: the header link that is current.
    [[nodiscard]] Response page(app::Store& store, const app::SignedIn& who, domain::CycleId cycle,
                                domain::PersonId subject, const std::string& back,
                                const std::string& nav) const;
    [[nodiscard]] Response json(app::Store& store, domain::CycleId cycle, domain::PersonId subject) const;
    // The cycle's reports as kept since publication (FailedPrecondition before it is published).
    [[nodiscard]] domain::Result<std::shared_ptr<const app::CycleReportSet>>
    published(app::Store& store, domain::CycleId cycle) const {
        return m_published.of(store, cycle);
    }
    // Computes the cycle's reports as it is published, so that they are fixed from that moment.
    [[nodiscard]] domain::Result<void> compute_at_publication(app::Store& store,
                                                              domain::CycleId cycle) const {
        return m_published.compute_now(store, cycle);
    }

  private:
    const PageRenderer& m_pages;
    app::PublishedReports& m_published;
};

// A subject's report as one self-contained HTML file (`stylesheet` written in; no links to assets, no
// scripts), for `leadline report --format html`.
[[nodiscard]] std::string report_document(const PageRenderer& pages, const app::CycleReportSet& reports,
                                          const app::SubjectReport& subject, const std::string& stylesheet);

} // namespace leadline::web
