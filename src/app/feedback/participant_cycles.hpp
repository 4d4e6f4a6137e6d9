#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "domain/feedback/cycle_progress.hpp"
#include "domain/feedback/feedback_cycle.hpp"

namespace leadline::app {

// A cycle as the person receiving feedback sees it: who they asked, and how many in each group have
// answered (counts only: never who).
struct ParticipantCycle {
    domain::CycleId id;
    domain::CycleSettings settings;
    domain::CycleState state = domain::CycleState::Draft;
    std::vector<domain::Nomination> nominations; // theirs, without the self-assessment
    domain::SubjectProgress progress;
    [[nodiscard]] bool self_sent() const;
};

class ParticipantCycles {
  public:
    ParticipantCycles(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}

    [[nodiscard]] domain::Result<std::vector<ParticipantCycle>> of(domain::PersonId person);
    // Nothing when the person is not a subject of that cycle.
    [[nodiscard]] domain::Result<std::optional<ParticipantCycle>> one(domain::PersonId person,
                                                                      domain::CycleId cycle);
    // A fresh private link token to the person's own self-assessment (while the cycle is open).
    [[nodiscard]] domain::Result<std::string> self_assessment_token(domain::PersonId person,
                                                                    domain::CycleId cycle);

  private:
    Store& m_store;
    const Clock& m_clock;
};

} // namespace leadline::app
