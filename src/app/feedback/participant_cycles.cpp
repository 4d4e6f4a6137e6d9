#include "app/feedback/participant_cycles.hpp"

#include "app/security/invitation_token.hpp"

namespace leadline::app {

using domain::ErrorCode;

bool ParticipantCycle::self_sent() const {
    for (const auto& group : progress.groups) {
        if (group.group == domain::RaterGroup::Self) {
            return group.submitted > 0;
        }
    }
    return false;
}

domain::Result<std::optional<ParticipantCycle>> ParticipantCycles::one(domain::PersonId person,
                                                                       domain::CycleId id) {
    auto cycle = m_store.cycles().load_cycle(id);
    if (!cycle) {
        if (cycle.error().code == ErrorCode::NotFound) {
            return std::optional<ParticipantCycle>{};
        }
        return domain::fail(cycle.error());
    }
    if (cycle->find_subject(person) == nullptr) {
        return std::optional<ParticipantCycle>{};
    }
    ParticipantCycle view{id, cycle->settings(), cycle->state(), {}, {}};
    for (const auto& nomination : cycle->nominations()) {
        if (nomination.subject == person && nomination.group != domain::RaterGroup::Self) {
            view.nominations.push_back(nomination);
        }
    }
    auto counts = m_store.cycles().progress_counts(id);
    if (!counts) {
        return domain::fail(counts.error());
    }
    std::vector<domain::ProgressCounts> theirs;
    for (const auto& row : *counts) {
        if (row.subject == person) {
            theirs.push_back(row);
        }
    }
    auto progress = domain::summarise_progress(cycle->settings(), theirs);
    if (!progress.empty()) {
        view.progress = std::move(progress.front());
    }
    return std::optional<ParticipantCycle>{std::move(view)};
}

domain::Result<std::vector<ParticipantCycle>> ParticipantCycles::of(domain::PersonId person) {
    auto ids = m_store.cycles().cycles_of_subject(person);
    if (!ids) {
        return domain::fail(ids.error());
    }
    std::vector<ParticipantCycle> cycles;
    for (const auto id : *ids) {
        auto view = one(person, id);
        if (!view) {
            return domain::fail(view.error());
        }
        if (*view) {
            cycles.push_back(std::move(**view));
        }
    }
    return cycles;
}

domain::Result<std::string> ParticipantCycles::self_assessment_token(domain::PersonId person,
                                                                     domain::CycleId id) {
    auto cycle = m_store.cycles().load_cycle(id);
    if (!cycle) {
        return domain::fail(cycle.error());
    }
    if (cycle->find_subject(person) == nullptr) {
        return domain::fail(ErrorCode::NotFound, "You are not taking part in that cycle.");
    }
    if (cycle->state() != domain::CycleState::Open) {
        return domain::fail(ErrorCode::FailedPrecondition,
                            "Your self-assessment opens when the cycle opens.");
    }
    for (const auto& nomination : cycle->nominations()) {
        if (nomination.subject != person || nomination.group != domain::RaterGroup::Self) {
            continue;
        }
        auto invitation = m_store.responses().invitation_of(nomination.id);
        if (!invitation) {
            return domain::fail(invitation.error());
        }
        if (!*invitation) {
            break;
        }
        const auto token = new_invitation_token();
        auto linked =
            m_store.responses().add_invitation_link(**invitation, hash_token(token), m_clock.now_seconds());
        if (!linked) {
            return domain::fail(linked.error());
        }
        return token;
    }
    return domain::fail(ErrorCode::FailedPrecondition,
                        "Your self-assessment has not been set up yet; ask your HR team.");
}

} // namespace leadline::app
