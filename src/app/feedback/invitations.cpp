#include "app/feedback/invitations.hpp"

#include "app/feedback/queued_message.hpp"
#include "app/security/invitation_token.hpp"

namespace leadline::app {

namespace {

struct Letter {
    std::string subject;
    std::string body;
};

Letter write_letter(const RaterToContact& rater, const domain::CycleSettings& cycle, const std::string& link,
                    bool reminder) {
    const bool self = rater.group == domain::RaterGroup::Self;
    Letter letter;
    if (self) {
        letter.subject = std::string(reminder ? "Reminder: " : "") + "your self-assessment for " + cycle.name;
        letter.body = "Hello,\n\nAs part of " + cycle.name +
                      ", please rate yourself on the same behaviours your colleagues will rate you on. "
                      "Comparing the two views is often the most useful part of the report.\n\n";
    } else {
        letter.subject = std::string(reminder ? "Reminder: " : "") + "feedback for " + rater.subject_name;
        letter.body = "Hello,\n\n" + rater.subject_name +
                      " has asked for your feedback on their leadership, as part of " + cycle.name +
                      ". Your answers are combined with those of others in the same group, and shown "
                      "only when enough people have answered.\n\n";
    }
    if (reminder) {
        letter.body += "You have not sent your answers yet. Anything you saved is kept.\n\n";
    }
    letter.body += "Open your private link:\n" + link + "\n\nPlease answer by " + cycle.closes_on.display() +
                   ". Do not forward this email: the link is for you alone.\n";
    return letter;
}

} // namespace

bool due_a_reminder(const RaterToContact& rater, std::int64_t now) {
    return !rater.message_waiting &&
           (rater.last_reminded_at == 0 || now - rater.last_reminded_at >= least_seconds_between_reminders);
}

std::string Invitations::link_for(const std::string& token) const {
    return site_address(m_base_url) + "/r/" + token;
}

domain::Result<int> Invitations::write_to(domain::CycleId cycle, MessageKind kind) {
    const bool reminder = kind == MessageKind::Reminder;
    int queued = 0;
    auto done = m_store.in_transaction([&]() -> domain::Result<void> {
        auto loaded = m_store.cycles().load_cycle(cycle);
        if (!loaded) {
            return domain::fail(loaded.error());
        }
        if (reminder && loaded->state() != domain::CycleState::Open) {
            return domain::fail(domain::ErrorCode::FailedPrecondition,
                                "Reminders can only be sent while the cycle is open.");
        }
        auto raters = reminder ? m_store.responses().unanswered(cycle) : m_store.responses().to_invite(cycle);
        if (!raters) {
            return domain::fail(raters.error());
        }
        for (const auto& rater : *raters) {
            if (reminder && !due_a_reminder(rater, m_clock.now_seconds())) {
                continue;
            }
            const auto token = new_invitation_token();
            // A first invitation creates the invitation; a reminder adds another link to it.
            auto stored = reminder ? m_store.responses().add_invitation_link(
                                         *rater.invitation, hash_token(token), m_clock.now_seconds())
                                   : m_store.responses()
                                         .create_invitation(rater.nomination, hash_token(token))
                                         .map([](auto) {});
            if (!stored) {
                return stored;
            }
            const auto letter = write_letter(rater, loaded->settings(), link_for(token), reminder);
            auto queued_message = queue_message(m_store, new_message(rater.rater_email, kind, letter.subject,
                                                                     letter.body, m_clock.now_seconds()));
            if (!queued_message) {
                return domain::fail(queued_message.error());
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

domain::Result<int> Invitations::invite_uninvited(domain::CycleId cycle) {
    return write_to(cycle, MessageKind::Invitation);
}

domain::Result<int> Invitations::remind_unanswered(domain::CycleId cycle) {
    return write_to(cycle, MessageKind::Reminder);
}

} // namespace leadline::app
