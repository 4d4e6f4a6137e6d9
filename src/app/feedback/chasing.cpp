#include "app/feedback/chasing.hpp"

#include "app/feedback/queued_message.hpp"

namespace leadline::app {

namespace {

// What a nudge says is missing: each group the subject is expected to ask with fewer asked than needed.
std::string what_is_short(const domain::SubjectProgress& subject) {
    if (subject.standing() == domain::SubjectStanding::NotNominated) {
        return "You have not asked anyone yet.\n";
    }
    std::string lines =
        "Some groups have too few people asked for their answers to be shown in your report:\n";
    for (const auto& group : subject.groups) {
        if (group.group != domain::RaterGroup::Self && group.asked() && group.nominated < group.minimum) {
            lines += "- " + std::string(domain::display_name(group.group)) + ": " +
                     std::to_string(group.nominated) + " asked, at least " + std::to_string(group.minimum) +
                     " needed\n";
        }
    }
    return lines;
}

} // namespace

bool due_a_nudge(const SubjectToChase& subject, std::int64_t now) {
    return !subject.message_waiting &&
           (subject.last_nudged_at == 0 || now - subject.last_nudged_at >= least_seconds_between_nudges);
}

domain::Result<std::vector<SubjectToChase>> subjects_to_chase(Store& store, const CycleOverview& overview) {
    auto times = store.cycles().nudge_times(overview.id);
    if (!times) {
        return domain::fail(times.error());
    }
    std::set<std::string> waiting;
    for (const auto kind : {MessageKind::NominationNudge, MessageKind::SignIn}) {
        auto addresses = store.outbox().waiting_for(kind);
        if (!addresses) {
            return domain::fail(addresses.error());
        }
        waiting.merge(*addresses);
    }
    std::vector<SubjectToChase> chased;
    for (const auto& subject : overview.subjects) {
        const auto standing = subject.standing();
        if (standing != domain::SubjectStanding::NotNominated &&
            standing != domain::SubjectStanding::TooFewAsked) {
            continue;
        }
        const auto time = times->find(subject.subject);
        chased.push_back(
            {&subject, time == times->end() ? 0 : time->second, waiting.count(subject.email) > 0});
    }
    return chased;
}

domain::Result<int> Chasing::nudge_subjects(domain::CycleId cycle) {
    int queued = 0;
    auto done = m_store.in_transaction([&]() -> domain::Result<void> {
        auto overview = CycleAdministration(m_store).overview(cycle);
        if (!overview) {
            return domain::fail(overview.error());
        }
        if (overview->state != domain::CycleState::Draft && overview->state != domain::CycleState::Open) {
            return domain::fail(domain::ErrorCode::FailedPrecondition,
                                "The cycle has closed, so subjects can no longer choose raters.");
        }
        auto chased = subjects_to_chase(m_store, *overview);
        if (!chased) {
            return domain::fail(chased.error());
        }
        const auto now = m_clock.now_seconds();
        for (const auto& subject : *chased) {
            if (!due_a_nudge(subject, now)) {
                continue;
            }
            const auto& progress = *subject.progress;
            auto way = sign_in_lines(m_store, m_clock, m_base_url, progress.email);
            if (!way) {
                return domain::fail(way.error());
            }
            const auto& settings = overview->settings;
            const std::string body = "Hello " + progress.name + ",\n\n" + settings.name +
                                     " is waiting for you to choose who to ask for feedback about your "
                                     "leadership.\n\n" +
                                     what_is_short(progress) + "\nPlease choose them by " +
                                     settings.closes_on.display() +
                                     ", so they have time to answer before the cycle closes.\n\n" + *way;
            auto message = queue_message(
                m_store, new_message(progress.email, MessageKind::NominationNudge,
                                     "Choose who gives you feedback: " + settings.name, body, now));
            if (!message) {
                return domain::fail(message.error());
            }
            if (auto marked = m_store.cycles().mark_nudged(cycle, progress.subject, now); !marked) {
                return marked;
            }
            ++queued;
        }
        return {};
    });
    if (!done) {
        return domain::fail(done.error());
    }
    return queued;
}

} // namespace leadline::app
