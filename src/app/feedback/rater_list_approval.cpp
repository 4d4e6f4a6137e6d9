#include "app/feedback/rater_list_approval.hpp"

#include <algorithm>
#include <map>

#include "app/feedback/invitations.hpp"

namespace leadline::app {

using domain::ErrorCode;
using domain::Result;

namespace {

bool in_cycle(const domain::FeedbackCycle& cycle, domain::PersonId subject) {
    const auto& subjects = cycle.subjects();
    return std::any_of(subjects.begin(), subjects.end(),
                       [&](const domain::Subject& each) { return each.person == subject; });
}

std::vector<domain::Nomination> raters_of(const domain::FeedbackCycle& cycle, domain::PersonId subject) {
    std::vector<domain::Nomination> raters;
    for (const auto& nomination : cycle.nominations()) {
        if (nomination.subject == subject && nomination.group != domain::RaterGroup::Self) {
            raters.push_back(nomination);
        }
    }
    return raters;
}

bool still_choosing(domain::CycleState state) {
    return state == domain::CycleState::Draft || state == domain::CycleState::Open;
}

} // namespace

Result<std::vector<RaterListToApprove>> RaterListApprovals::waiting_for(const domain::User& approver) {
    std::vector<RaterListToApprove> waiting;
    if (!approver.person) {
        return waiting;
    }
    auto managed = m_store.people().managed_by(*approver.person);
    if (!managed) {
        return domain::fail(managed.error());
    }
    std::map<domain::CycleId, std::optional<domain::FeedbackCycle>> cycles;
    std::map<domain::CycleId, std::map<domain::PersonId, RaterListApproved>> approvals;
    for (const auto& person : *managed) {
        auto ids = m_store.cycles().cycles_of_subject(person.id);
        if (!ids) {
            return domain::fail(ids.error());
        }
        for (const auto id : *ids) {
            if (cycles.count(id) == 0) {
                auto loaded = m_store.cycles().load_cycle(id);
                if (!loaded) {
                    return domain::fail(loaded.error());
                }
                const bool asks_managers =
                    loaded->settings().approval == domain::RaterListApproval::LineManager;
                if (asks_managers && still_choosing(loaded->state())) {
                    auto approved = m_store.cycles().rater_list_approvals(id);
                    if (!approved) {
                        return domain::fail(approved.error());
                    }
                    approvals[id] = std::move(*approved);
                    cycles[id] = std::move(*loaded);
                } else {
                    cycles[id] = std::nullopt;
                }
            }
            const auto& cycle = cycles.at(id);
            if (!cycle || approvals.at(id).count(person.id) != 0) {
                continue;
            }
            auto raters = raters_of(*cycle, person.id);
            if (!raters.empty()) {
                waiting.push_back({id, cycle->settings().name, person.id, person.name, std::move(raters)});
            }
        }
    }
    return waiting;
}

Result<RaterListStanding> RaterListApprovals::standing(domain::CycleId cycle, domain::PersonId subject) {
    auto heading = m_store.cycles().cycle_heading(cycle);
    if (!heading) {
        return domain::fail(heading.error());
    }
    RaterListStanding standing{heading->settings.approval, std::nullopt};
    if (standing.approval == domain::RaterListApproval::None) {
        return standing;
    }
    auto approved = m_store.cycles().rater_list_approvals(cycle);
    if (!approved) {
        return domain::fail(approved.error());
    }
    if (const auto found = approved->find(subject); found != approved->end()) {
        standing.approved = found->second;
    }
    return standing;
}

Result<void> RaterListApprovals::approve(domain::CycleId cycle_id, domain::PersonId subject,
                                         const domain::User& approver) {
    return m_store.in_transaction([&]() -> Result<void> {
        auto cycle = m_store.cycles().load_cycle(cycle_id);
        if (!cycle) {
            return domain::fail(cycle.error());
        }
        const auto approval = cycle->settings().approval;
        const bool admin = approver.role == domain::Role::Admin;
        bool may = admin;
        if (!admin && approval == domain::RaterListApproval::LineManager && approver.person) {
            auto person = m_store.people().person(subject);
            if (!person) {
                return domain::fail(person.error());
            }
            may = *person && (*person)->line_manager == approver.person;
        }
        // To anyone else, a list they may not approve is no list at all.
        if (!may || !in_cycle(*cycle, subject)) {
            return domain::fail(ErrorCode::NotFound, "There is no such rater list to approve.");
        }
        if (approval == domain::RaterListApproval::None) {
            return domain::fail(
                ErrorCode::FailedPrecondition,
                "This cycle does not ask for rater lists to be approved: raters are invited as "
                "they are chosen.");
        }
        if (!still_choosing(cycle->state())) {
            return domain::fail(ErrorCode::FailedPrecondition,
                                "The cycle has closed, so its rater lists can no longer change.");
        }
        const RaterListApproved approved{m_clock.now_seconds(), approver.email};
        if (auto saved = m_store.cycles().set_rater_list_approved(cycle_id, subject, approved); !saved) {
            return saved;
        }
        if (cycle->state() != domain::CycleState::Open) {
            return {};
        }
        return Invitations(m_store, m_clock, m_base_url).invite_uninvited(cycle_id).map([](int) {});
    });
}

Result<void> RaterListApprovals::list_changed(domain::CycleId cycle, domain::PersonId subject) {
    auto heading = m_store.cycles().cycle_heading(cycle);
    if (!heading) {
        return domain::fail(heading.error());
    }
    if (heading->settings.approval == domain::RaterListApproval::None) {
        return {};
    }
    return m_store.cycles().set_rater_list_approved(cycle, subject, std::nullopt);
}

} // namespace leadline::app
