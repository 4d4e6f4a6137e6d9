#pragma once

#include <string>
#include <vector>

#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "domain/accounts/user.hpp"

namespace leadline::app {

// A subject's list of raters as an approver sees it.
struct RaterListToApprove {
    domain::CycleId cycle;
    std::string cycle_name;
    domain::PersonId subject;
    std::string subject_name;
    std::vector<domain::Nomination> raters; // everyone asked, self-assessment aside
};

// Where one subject's list stands in a cycle that wants lists approved.
struct RaterListStanding {
    domain::RaterListApproval approval = domain::RaterListApproval::None;
    std::optional<RaterListApproved> approved;
};

// Approving subjects' rater lists before their raters are invited, where a cycle asks for it: by the
// subject's line manager in the people directory, or by the HR team. Adding a rater to an approved list
// asks for approval again; raters already invited stay invited.
class RaterListApprovals {
  public:
    RaterListApprovals(Store& store, const Clock& clock, std::string base_url)
        : m_store(store), m_clock(clock), m_base_url(std::move(base_url)) {}

    // The lists waiting for this person, as a line manager, in cycles not yet closed.
    [[nodiscard]] domain::Result<std::vector<RaterListToApprove>> waiting_for(const domain::User& approver);
    [[nodiscard]] domain::Result<RaterListStanding> standing(domain::CycleId cycle, domain::PersonId subject);
    // Approves the list (an admin always may; a line manager for the people they manage, where the cycle
    // asks line managers) and, in an open cycle, invites its raters at once.
    [[nodiscard]] domain::Result<void> approve(domain::CycleId cycle, domain::PersonId subject,
                                               const domain::User& approver);
    // After a rater is added: the list waits for approval again, if the cycle asks for approval.
    [[nodiscard]] domain::Result<void> list_changed(domain::CycleId cycle, domain::PersonId subject);

  private:
    Store& m_store;
    const Clock& m_clock;
    std::string m_base_url;
};

} // namespace leadline::app
