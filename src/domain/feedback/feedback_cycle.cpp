#include "domain/feedback/feedback_cycle.hpp"

#include <algorithm>

namespace leadline::domain {

namespace {
bool same_rater(const Rater& a, const Rater& b) {
    if (a.person && b.person) {
        return *a.person == *b.person;
    }
    return a.email == b.email;
}

bool is_subject(const Rater& rater, const Subject& subject) {
    return (rater.person && *rater.person == subject.person) || rater.email == subject.email;
}
} // namespace

Result<FeedbackCycle> FeedbackCycle::create(CycleId id, CycleSettings settings) {
    if (settings.name.empty()) {
        return fail(ErrorCode::InvalidInput, "Give the cycle a name, for example \"Senior leaders 2026\".");
    }
    if (settings.closes_on < settings.opens_on) {
        return fail(ErrorCode::InvalidInput, "The closing date (" + settings.closes_on.iso() +
                                                 ") must be on or after the opening date (" +
                                                 settings.opens_on.iso() + ").");
    }
    auto& groups = settings.rater_groups;
    if (std::find(groups.begin(), groups.end(), RaterGroup::Self) == groups.end()) {
        groups.insert(groups.begin(), RaterGroup::Self);
    }
    return FeedbackCycle(id, std::move(settings));
}

FeedbackCycle FeedbackCycle::restore(CycleId id, CycleSettings settings, CycleState state,
                                     std::vector<Subject> subjects, std::vector<Nomination> nominations) {
    FeedbackCycle cycle(id, std::move(settings));
    cycle.m_state = state;
    cycle.m_subjects = std::move(subjects);
    cycle.m_nominations = std::move(nominations);
    return cycle;
}

const Subject* FeedbackCycle::find_subject(PersonId person) const {
    for (const auto& subject : m_subjects) {
        if (subject.person == person) {
            return &subject;
        }
    }
    return nullptr;
}

Result<void> FeedbackCycle::add_subject(Subject subject) {
    if (m_state != CycleState::Draft && m_state != CycleState::Open) {
        return fail(ErrorCode::FailedPrecondition, "Subjects can only be added before the cycle closes.");
    }
    if (find_subject(subject.person) != nullptr) {
        return fail(ErrorCode::Conflict, subject.email + " is already a subject in this cycle.");
    }
    m_subjects.push_back(std::move(subject));
    return {};
}

Result<Nomination> FeedbackCycle::nominate(NominationId id, PersonId subject_id, RaterGroup group,
                                           Rater rater) {
    if (m_state != CycleState::Draft && m_state != CycleState::Open) {
        return fail(ErrorCode::FailedPrecondition, "Raters can only be nominated before the cycle closes.");
    }
    const Subject* subject = find_subject(subject_id);
    if (subject == nullptr) {
        return fail(ErrorCode::NotFound, "That person is not a subject in this cycle.");
    }
    const auto& groups = m_settings.rater_groups;
    if (std::find(groups.begin(), groups.end(), group) == groups.end()) {
        return fail(ErrorCode::InvalidInput,
                    "This cycle does not ask " + std::string(display_name(group)) + " for feedback.");
    }
    const bool rater_is_subject = is_subject(rater, *subject);
    if (group == RaterGroup::Self && !rater_is_subject) {
        return fail(ErrorCode::InvalidInput, "Only the subject can be nominated in the self group.");
    }
    if (group != RaterGroup::Self && rater_is_subject) {
        return fail(ErrorCode::InvalidInput, "A subject rates themselves only in the self group, not as " +
                                                 std::string(display_name(group)) + ".");
    }
    for (const auto& existing : m_nominations) {
        if (existing.subject == subject_id && same_rater(existing.rater, rater)) {
            return fail(ErrorCode::Conflict,
                        rater.email + " is already nominated for " + subject->email + ".");
        }
        // A report shows one line manager's view: a second would merge two people into one column.
        if (existing.subject == subject_id && group == RaterGroup::LineManager &&
            existing.group == RaterGroup::LineManager) {
            return fail(ErrorCode::Conflict, "Each subject has one line manager in a cycle, and " +
                                                 existing.rater.email + " already is " + subject->email +
                                                 "'s.");
        }
    }
    Nomination nomination{id, subject_id, group, std::move(rater)};
    m_nominations.push_back(nomination);
    return nomination;
}

Result<void> FeedbackCycle::withdraw(NominationId nomination, PersonId subject) {
    const auto found = std::find_if(m_nominations.begin(), m_nominations.end(), [&](const Nomination& n) {
        return n.id == nomination && n.subject == subject;
    });
    if (found == m_nominations.end()) {
        return fail(ErrorCode::NotFound, "You did not ask that person for feedback in this cycle.");
    }
    if (found->group == RaterGroup::Self) {
        return fail(ErrorCode::InvalidInput,
                    "Your self-assessment is part of every cycle and cannot be removed.");
    }
    if (m_state != CycleState::Draft) {
        return fail(ErrorCode::FailedPrecondition,
                    "The cycle has opened and invitations have gone out, so raters can no longer be removed "
                    "here. Ask your HR or learning team if someone should not have been asked.");
    }
    m_nominations.erase(found);
    return {};
}

Result<void> FeedbackCycle::remove_subject(PersonId subject) {
    const auto found = std::find_if(m_subjects.begin(), m_subjects.end(),
                                    [&](const Subject& s) { return s.person == subject; });
    if (found == m_subjects.end()) {
        return fail(ErrorCode::NotFound, "That person is not a subject in this cycle.");
    }
    if (m_state != CycleState::Draft) {
        return fail(ErrorCode::FailedPrecondition,
                    "The cycle has opened, so its subjects stay: their raters have been invited. Withdraw "
                    "a rater instead if someone should not have been asked.");
    }
    m_subjects.erase(found);
    std::erase_if(m_nominations, [&](const Nomination& n) { return n.subject == subject; });
    return {};
}

Result<Nomination> FeedbackCycle::withdraw_rater(NominationId nomination) {
    const auto found = std::find_if(m_nominations.begin(), m_nominations.end(),
                                    [&](const Nomination& n) { return n.id == nomination; });
    if (found == m_nominations.end()) {
        return fail(ErrorCode::NotFound, "No such rater is asked in this cycle.");
    }
    if (found->group == RaterGroup::Self) {
        return fail(ErrorCode::InvalidInput,
                    "The self-assessment is part of every cycle; remove the subject instead while the cycle "
                    "is a draft.");
    }
    if (m_state != CycleState::Draft && m_state != CycleState::Open) {
        return fail(ErrorCode::FailedPrecondition,
                    "The cycle has closed, so what was answered stays as the reports will show it.");
    }
    auto withdrawn = *found;
    m_nominations.erase(found);
    return withdrawn;
}

Result<void> FeedbackCycle::open() {
    if (m_state != CycleState::Draft) {
        return move_to(CycleState::Draft, CycleState::Open);
    }
    if (m_subjects.empty()) {
        return fail(ErrorCode::FailedPrecondition, "Add at least one subject before opening the cycle.");
    }
    for (const auto& subject : m_subjects) {
        const bool has_self =
            std::any_of(m_nominations.begin(), m_nominations.end(), [&](const Nomination& n) {
                return n.subject == subject.person && n.group == RaterGroup::Self;
            });
        if (!has_self) {
            return fail(ErrorCode::FailedPrecondition,
                        subject.email + " has no self nomination; every subject rates themselves too.");
        }
    }
    return move_to(CycleState::Draft, CycleState::Open);
}

Result<void> FeedbackCycle::close() {
    return move_to(CycleState::Open, CycleState::Closed);
}

Result<void> FeedbackCycle::publish() {
    return move_to(CycleState::Closed, CycleState::Published);
}

Result<void> FeedbackCycle::close_on(Date closes_on, Date today) {
    if (m_state == CycleState::Published) {
        return fail(ErrorCode::FailedPrecondition,
                    "The reports are published, so the cycle cannot take answers again. Start a new cycle.");
    }
    if (closes_on < today) {
        return fail(ErrorCode::InvalidInput, "The closing date must be today or later");
    }
    if (closes_on <= m_settings.opens_on) {
        return fail(ErrorCode::InvalidInput,
                    "The closing date must be after the opening date, " + m_settings.opens_on.display());
    }
    m_settings.closes_on = closes_on;
    if (m_state == CycleState::Closed) {
        m_state = CycleState::Open;
    }
    return {};
}

Result<void> FeedbackCycle::move_to(CycleState from, CycleState to) {
    if (m_state != from) {
        return fail(ErrorCode::FailedPrecondition, "The cycle is " + std::string(to_string(m_state)) +
                                                       "; it can become " + std::string(to_string(to)) +
                                                       " only from " + std::string(to_string(from)) + ".");
    }
    m_state = to;
    return {};
}

} // namespace leadline::domain
