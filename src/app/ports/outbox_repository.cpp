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
    }
    return "invitation";
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
