#include "app/ports/outbox_repository.hpp"

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
    }
    return "invitation";
}

MessageKind message_kind_from_string(std::string_view text) {
    for (const auto kind : {MessageKind::Reminder, MessageKind::SignIn, MessageKind::NominationNudge,
                            MessageKind::ReportReady}) {
        if (to_string(kind) == text) {
            return kind;
        }
    }
    return MessageKind::Invitation;
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
