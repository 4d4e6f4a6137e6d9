#pragma once

#include <string>
#include <vector>

#include "app/accounts/accounts.hpp"
#include "app/feedback/participant_cycles.hpp"
#include "web/handlers/report_handler.hpp"
#include "web/http/request.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// A participant's pages under /me: the cycles they take part in, who they asked and how many have
// answered, asking raters, and their self-assessment.
class ParticipantHandler {
  public:
    ParticipantHandler(const PageRenderer& pages, const app::Clock& clock, std::string base_url,
                       const ReportHandler& reports)
        : m_pages(pages), m_clock(clock), m_base_url(std::move(base_url)), m_reports(reports) {}

    // segments: the path after "/me".
    [[nodiscard]] Response handle(const Request& request, app::Store& store, const app::SignedIn& who,
                                  const std::vector<std::string>& segments) const;

  private:
    // What was typed into the ask-for-feedback form, shown again when it has a problem.
    struct Asked {
        std::string email;
        std::string group;
    };
    [[nodiscard]] Response cycles(app::Store& store, const app::SignedIn& who) const;
    [[nodiscard]] Response cycle(const Request& request, app::Store& store, const app::SignedIn& who,
                                 domain::CycleId id, const Asked& asked,
                                 const std::vector<PageError>& errors) const;
    [[nodiscard]] Response nominate(const Request& request, app::Store& store, const app::SignedIn& who,
                                    domain::CycleId id) const;
    [[nodiscard]] Response self_assessment(app::Store& store, const app::SignedIn& who,
                                           domain::CycleId id) const;
    // Takes back a nomination while the cycle is a draft.
    [[nodiscard]] Response withdraw(app::Store& store, const app::SignedIn& who, domain::CycleId id,
                                    domain::NominationId nomination) const;
    // The right mix of the people the viewer line-managed in a published cycle, when enough have reports.
    [[nodiscard]] Response team(app::Store& store, const app::SignedIn& who, domain::CycleId id) const;
    // A report the viewer may read as its subject or as the subject's line manager; else not found.
    [[nodiscard]] Response managed_report(app::Store& store, const app::SignedIn& who, domain::CycleId id,
                                          const std::string& person) const;
    [[nodiscard]] Response not_found(const app::SignedIn& who) const;

    const PageRenderer& m_pages;
    const app::Clock& m_clock;
    std::string m_base_url;
    const ReportHandler& m_reports;
};

} // namespace leadline::web
