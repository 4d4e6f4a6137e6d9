#pragma once

#include <vector>

#include "app/ports/store.hpp"
#include "domain/feedback/cycle_progress.hpp"
#include "domain/feedback/feedback_cycle.hpp"

namespace leadline::app {

// What an admin sees of a cycle: its settings, where it stands, and each subject's progress.
struct CycleOverview {
    domain::CycleId id;
    domain::CycleSettings settings;
    domain::CycleState state = domain::CycleState::Draft;
    std::vector<domain::SubjectProgress> subjects;
    [[nodiscard]] int subjects_under_minimum() const;
};

// The moves an admin makes with a cycle; each is allowed only from the state before it.
enum class CycleStep { Open, Close, Publish };

// Running a cycle, for admins: see its progress and move it on.
class CycleAdministration {
  public:
    explicit CycleAdministration(Store& store) : m_store(store) {}

    [[nodiscard]] domain::Result<CycleOverview> overview(domain::CycleId cycle);
    // Creates a draft cycle, keeping the exact text of the framework version it uses.
    [[nodiscard]] domain::Result<domain::CycleId> create(const domain::CycleSettings& settings,
                                                         const std::string& framework_text);
    // Applies the step under the cycle's rules (opening needs every subject's self-assessment
    // nominated) and records the new state.
    [[nodiscard]] domain::Result<domain::CycleState> advance(domain::CycleId cycle, CycleStep step);
    // A new closing date for a cycle not yet published; a closed one opens again until then. Returns the
    // state the cycle is in afterwards.
    [[nodiscard]] domain::Result<domain::CycleState>
    change_closing_date(domain::CycleId cycle, domain::Date closes_on, domain::Date today);
    // Replaces a draft cycle's settings (once open, only its closing date can change). A rater group that
    // raters were already asked in cannot be dropped. Keeps the framework version's text, as create does.
    [[nodiscard]] domain::Result<void> change_settings(domain::CycleId cycle,
                                                       const domain::CycleSettings& settings,
                                                       const std::string& framework_text);
    // Takes a subject out of a draft cycle with everyone they asked.
    [[nodiscard]] domain::Result<void> remove_subject(domain::CycleId cycle, domain::PersonId subject);
    // Withdraws a rater from a draft or open cycle, deleting whatever they answered; returns the nomination
    // withdrawn. Nothing records who it was: the subject's counts simply fall by one.
    [[nodiscard]] domain::Result<domain::Nomination> withdraw_rater(domain::CycleId cycle,
                                                                    domain::NominationId nomination);

  private:
    Store& m_store;
};

} // namespace leadline::app
