#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/core/result.hpp"

namespace leadline::app {

// What a message is for. A nudge asks a subject to choose their raters; a report notice tells a subject
// their report can be read.
enum class MessageKind {
    Invitation,
    Reminder,
    SignIn,
    NominationNudge,
    ReportReady,
    HabitNudge,
    PulseInvitation,
    MentorMatch,
    LearningSet
};

[[nodiscard]] std::string_view to_string(MessageKind kind);
// The kind a stored name stands for; an invitation for any other text.
[[nodiscard]] MessageKind message_kind_from_string(std::string_view text);

// An email waiting to be sent, or sent. The body holds a private link, so it is cleared once sent.
struct OutboxMessage {
    std::int64_t id = 0;
    std::string to;
    MessageKind kind = MessageKind::Invitation;
    std::string subject;
    std::string body;
    std::int64_t created_at = 0;
    std::optional<std::int64_t> sent_at;
    int attempts = 0;
    std::string last_error;
    std::int64_t next_attempt_at = 0; // after a failure, not tried again before this time
};

// A message is tried this many times before the outbox gives up on it and waits for an admin.
inline constexpr int most_delivery_attempts = 8;

// How long after its `attempts`th failure a message is tried again: a minute, doubling each time (the
// eighth try comes about two hours after the first).
[[nodiscard]] std::int64_t retry_delay_seconds(int attempts);

// Whether the outbox has stopped trying to send a message.
[[nodiscard]] bool given_up(const OutboxMessage& message);

// A message ready to queue.
[[nodiscard]] OutboxMessage new_message(std::string to, MessageKind kind, std::string subject,
                                        std::string body, std::int64_t now);

class OutboxRepository {
  public:
    virtual ~OutboxRepository() = default;

    [[nodiscard]] virtual domain::Result<std::int64_t> enqueue(const OutboxMessage& message) = 0;
    // The oldest unsent messages first.
    [[nodiscard]] virtual domain::Result<std::vector<OutboxMessage>> unsent(int limit) = 0;
    // The most recent messages, sent or not, newest first (for the admin's outbox page).
    [[nodiscard]] virtual domain::Result<std::vector<OutboxMessage>> recent(int limit) = 0;
    // The addresses an unsent message of this kind waits for.
    [[nodiscard]] virtual domain::Result<std::set<std::string>> waiting_for(MessageKind kind) = 0;
    [[nodiscard]] virtual domain::Result<void> mark_sent(std::int64_t id, std::int64_t at) = 0;
    // The unsent messages due a try at `now`, oldest first: not given up, and not waiting out a delay.
    [[nodiscard]] virtual domain::Result<std::vector<OutboxMessage>> due(int limit, std::int64_t now) = 0;
    [[nodiscard]] virtual domain::Result<void> mark_failed(std::int64_t id, const std::string& error,
                                                           std::int64_t next_attempt_at) = 0;
    // Tries an unsent message again at once, as if new; false when there is no such unsent message.
    [[nodiscard]] virtual domain::Result<bool> retry(std::int64_t id) = 0;
    // Marks an unsent message sent by hand (an admin sent its text themselves); false when there is no
    // such unsent message.
    [[nodiscard]] virtual domain::Result<bool> mark_sent_by_hand(std::int64_t id, std::int64_t at) = 0;
};

} // namespace leadline::app
