#pragma once

#include <string>
#include <vector>

#include "app/accounts/accounts.hpp"
#include "app/feedback/cycle_form.hpp"
#include "app/frameworks/framework_catalog.hpp"
#include "app/ports/clock.hpp"
#include "web/handlers/learning_set_pages.hpp"
#include "web/handlers/report_handler.hpp"
#include "web/http/request.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// The admin's pages under /admin: cycles, their subjects and progress, saved learning sets. Only
// admins reach it.
class AdminHandler {
  public:
    // frameworks: those an admin may choose for a new cycle.
    AdminHandler(const PageRenderer& pages, const app::FrameworkCatalog& frameworks, const app::Clock& clock,
                 std::string base_url, const ReportHandler& reports)
        : m_pages(pages), m_frameworks(frameworks), m_clock(clock), m_base_url(std::move(base_url)),
          m_reports(reports), m_learning_sets(pages) {}

    // segments: the path after "/admin".
    [[nodiscard]] Response handle(const Request& request, app::Store& store, const app::SignedIn& who,
                                  const std::vector<std::string>& segments) const;

  private:
    [[nodiscard]] Response cycles(app::Store& store, const app::SignedIn& who) const;
    [[nodiscard]] Response cycle(app::Store& store, const app::SignedIn& who, domain::CycleId id,
                                 const std::string& done, const std::vector<PageError>& errors,
                                 const std::string& typed_email = "", const std::string& search = "") const;
    [[nodiscard]] Response add_subject(const Request& request, app::Store& store, const app::SignedIn& who,
                                       domain::CycleId id) const;
    [[nodiscard]] Response remind(app::Store& store, const app::SignedIn& who, domain::CycleId id) const;
    [[nodiscard]] Response outbox(app::Store& store, const app::SignedIn& who) const;
    [[nodiscard]] Response advance(app::Store& store, const app::SignedIn& who, domain::CycleId id,
                                   const std::string& step) const;
    [[nodiscard]] Response not_found(const app::SignedIn& who) const;
    // The page for a cycle whose reports cannot be had: no such cycle, not yet published, or a fault.
    // `what` names the page wanted, as the subject of a sentence.
    [[nodiscard]] Response unpublished(const app::SignedIn& who, const domain::Error& error,
                                       const std::string& what) const;
    // The right mix of the subjects in a unit (?unit=) of a published cycle.
    [[nodiscard]] Response team(const Request& request, app::Store& store, const app::SignedIn& who,
                                domain::CycleId id) const;
    // The published cycle's organisation heatmap, as a page or as CSV (?k= sets the fewest people).
    [[nodiscard]] Response heatmap(const Request& request, app::Store& store, const app::SignedIn& who,
                                   domain::CycleId id, bool csv) const;
    // Mentor matching for the published cycle, as a page or as CSV (?capacity= sets each mentor's most).
    [[nodiscard]] Response mentoring(const Request& request, app::Store& store, const app::SignedIn& who,
                                     domain::CycleId id, bool csv) const;
    [[nodiscard]] Response new_cycle_form(const app::SignedIn& who, const app::CycleFormInput& input,
                                          const std::vector<app::FieldProblem>& problems) const;
    [[nodiscard]] Response create_cycle(const Request& request, app::Store& store,
                                        const app::SignedIn& who) const;

    const PageRenderer& m_pages;
    const app::FrameworkCatalog& m_frameworks;
    const app::Clock& m_clock;
    std::string m_base_url;
    const ReportHandler& m_reports;
    LearningSetPages m_learning_sets;
};

} // namespace leadline::web
