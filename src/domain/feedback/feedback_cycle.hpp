#pragma once

#include <string>
#include <vector>

#include "domain/core/result.hpp"
#include "domain/feedback/cycle_settings.hpp"
#include "domain/feedback/cycle_state.hpp"
#include "domain/feedback/nomination.hpp"

namespace leadline::domain {

// A person receiving feedback in a cycle.
struct Subject {
    PersonId person;
    std::string email;
};

// A 360 feedback cycle: its settings, its subjects and who was nominated to rate each of them.
// It enforces the rules that keep a cycle coherent; see each action's contract.
class FeedbackCycle {
  public:
    // Checks the settings: a name, closing after opening, the self group included.
    [[nodiscard]] static Result<FeedbackCycle> create(CycleId id, CycleSettings settings);
    // Rebuilds a cycle read back from storage; the data was checked when it was first written.
    [[nodiscard]] static FeedbackCycle restore(CycleId id, CycleSettings settings, CycleState state,
                                               std::vector<Subject> subjects,
                                               std::vector<Nomination> nominations);

    [[nodiscard]] CycleId id() const { return m_id; }
    [[nodiscard]] const CycleSettings& settings() const { return m_settings; }
    [[nodiscard]] CycleState state() const { return m_state; }
    [[nodiscard]] const std::vector<Subject>& subjects() const { return m_subjects; }
    [[nodiscard]] const std::vector<Nomination>& nominations() const { return m_nominations; }
    [[nodiscard]] const Subject* find_subject(PersonId person) const;
    [[nodiscard]] bool accepts_answers() const { return m_state == CycleState::Open; }

    // Adds a subject while the cycle is a draft or open; a person is a subject once.
    [[nodiscard]] Result<void> add_subject(Subject subject);
    // Nominates a rater for a subject. Only the subject rates in the self group, and only there;
    // the same rater cannot be nominated twice for one subject; the group must be one the cycle uses.
    [[nodiscard]] Result<Nomination> nominate(NominationId id, PersonId subject, RaterGroup group,
                                              Rater rater);

    // A subject takes back a nomination of theirs while the cycle is a draft. Once it opens, raters
    // have their invitations; a subject who could withdraw them and watch the answer counts fall could
    // work out who had answered.
    [[nodiscard]] Result<void> withdraw(NominationId nomination, PersonId subject);

    // HR takes a subject out of a draft cycle, with everyone they asked. Once it opens, invitations have
    // gone and raters may have answered: the subject stays, and their report shows what came.
    [[nodiscard]] Result<void> remove_subject(PersonId subject);
    // HR withdraws a rater while the cycle is a draft or open (someone asked by mistake, or who has left):
    // whatever they answered goes with them. Not the self-assessment, which every subject gives.
    [[nodiscard]] Result<Nomination> withdraw_rater(NominationId nomination);

    // Draft > open, only when every subject has a self nomination.
    [[nodiscard]] Result<void> open();
    // Open > closed: no more answers.
    [[nodiscard]] Result<void> close();
    // Closed > published: reports become visible.
    [[nodiscard]] Result<void> publish();
    // A new closing date: later for an open cycle, or for a closed one not yet published, which opens
    // again until then (raters can answer and change their answers). The date must be today or later
    // and after the opening date. A published cycle's reports are fixed, so it never takes answers again.
    [[nodiscard]] Result<void> close_on(Date closes_on, Date today);

  private:
    FeedbackCycle(CycleId id, CycleSettings settings) : m_id(id), m_settings(std::move(settings)) {}
    [[nodiscard]] Result<void> move_to(CycleState from, CycleState to);

    CycleId m_id;
    CycleSettings m_settings;
    CycleState m_state = CycleState::Draft;
    std::vector<Subject> m_subjects;
    std::vector<Nomination> m_nominations;
};

} // namespace leadline::domain
