#include "app/ports/outbox_repository.hpp"

#include <algorithm>

namespace leadline::app {

std::string_view to_string(MessageKind kind) {
    switch (kind) {
    case MessageKind::Invitation:
        return "invitation";
    case MessageKind::Reminder:
        return "reminder";
    case MessageKind::SignIn:
        return "sign-in";
    case MessageKind::NominationNudge:
        return "nomination-nudge";
    case MessageKind::ReportReady:
        return "report-ready";
    case MessageKind::HabitNudge:
        return "habit-nudge";
    case MessageKind::PulseInvitation:
        return "pulse-invitation";
    case MessageKind::MentorMatch:
        return "mentor-match";
    case MessageKind::LearningSet:
        return "learning-set";
    }
    return "invitation";
}

MessageKind message_kind_from_string(std::string_view text) {
    for (const auto kind : {MessageKind::Reminder, MessageKind::SignIn, MessageKind::NominationNudge,
                            MessageKind::ReportReady, MessageKind::HabitNudge, MessageKind::PulseInvitation,
                            MessageKind::MentorMatch, MessageKind::LearningSet}) {
        if (to_string(kind) == text) {
            return kind;
        }
    }
    return MessageKind::Invitation;
}

std::int64_t retry_delay_seconds(int attempts) {
    constexpr std::int64_t minute = 60;
    return minute << std::clamp(attempts - 1, 0, most_delivery_attempts);
}

bool given_up(const OutboxMessage& message) {
    return !message.sent_at && message.attempts >= most_delivery_attempts;
}

OutboxMessage new_message(std::string to, MessageKind kind, std::string subject, std::string body,
                          std::int64_t now) {
    OutboxMessage message;
    message.to = std::move(to);
    message.kind = kind;
    message.subject = std::move(subject);
    message.body = std::move(body);
    message.created_at = now;
    return message;
}

} // namespace leadline::app
