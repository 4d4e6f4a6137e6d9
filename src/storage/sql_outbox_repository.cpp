#include "storage/sql_outbox_repository.hpp"

#include "storage/soci_errors.hpp"

namespace leadline::storage {

using domain::Result;

Result<std::int64_t> SqlOutboxRepository::enqueue(const app::OutboxMessage& message) {
    return guarded("queueing an email", [&]() -> Result<std::int64_t> {
        long long id = 0;
        const std::string kind(app::to_string(message.kind));
        const long long created = message.created_at;
        m_sql
            << "INSERT INTO outbox (to_email, kind, subject, body, created_at) VALUES (:to, :kind, :subject, "
               ":body, :created) RETURNING id",
            soci::use(message.to), soci::use(kind), soci::use(message.subject), soci::use(message.body),
            soci::use(created), soci::into(id);
        return static_cast<std::int64_t>(id);
    });
}

Result<std::vector<app::OutboxMessage>> SqlOutboxRepository::read(const std::string& where_and_order,
                                                                  int limit) {
    return guarded("reading the outbox", [&]() -> Result<std::vector<app::OutboxMessage>> {
        std::vector<app::OutboxMessage> messages;
        long long id = 0;
        std::string to;
        std::string kind;
        std::string subject;
        std::string body;
        long long created = 0;
        long long sent = 0;
        soci::indicator sent_indicator = soci::i_null;
        int attempts = 0;
        std::string error;
        long long next_attempt = 0;
        soci::statement rows =
            (m_sql.prepare
                 << "SELECT id, to_email, kind, subject, body, created_at, sent_at, attempts, last_error, "
                    "next_attempt_at FROM outbox " +
                        where_and_order + " LIMIT :limit",
             soci::use(limit), soci::into(id), soci::into(to), soci::into(kind), soci::into(subject),
             soci::into(body), soci::into(created), soci::into(sent, sent_indicator), soci::into(attempts),
             soci::into(error), soci::into(next_attempt));
        rows.execute();
        while (rows.fetch()) {
            app::OutboxMessage message{id,           to,       app::message_kind_from_string(kind),
                                       subject,      body,     created,
                                       std::nullopt, attempts, error,
                                       next_attempt};
            if (sent_indicator == soci::i_ok) {
                message.sent_at = sent;
            }
            messages.push_back(std::move(message));
        }
        return messages;
    });
}

Result<std::vector<app::OutboxMessage>> SqlOutboxRepository::unsent(int limit) {
    return read("WHERE sent_at IS NULL ORDER BY id", limit);
}

Result<std::vector<app::OutboxMessage>> SqlOutboxRepository::due(int limit, std::int64_t now) {
    // Numbers written into the text, not bound: both are integers this program made.
    return read("WHERE sent_at IS NULL AND attempts < " + std::to_string(app::most_delivery_attempts) +
                    " AND next_attempt_at <= " + std::to_string(now) + " ORDER BY id",
                limit);
}

Result<std::vector<app::OutboxMessage>> SqlOutboxRepository::recent(int limit) {
    return read("ORDER BY id DESC", limit);
}

Result<std::set<std::string>> SqlOutboxRepository::waiting_for(app::MessageKind kind) {
    return guarded("reading who has an email waiting", [&]() -> Result<std::set<std::string>> {
        std::set<std::string> addresses;
        const std::string name(app::to_string(kind));
        std::string address;
        soci::statement rows =
            (m_sql.prepare << "SELECT DISTINCT to_email FROM outbox WHERE sent_at IS NULL AND "
                              "kind = :kind",
             soci::use(name), soci::into(address));
        rows.execute();
        while (rows.fetch()) {
            addresses.insert(address);
        }
        return addresses;
    });
}

Result<void> SqlOutboxRepository::mark_sent(std::int64_t id, std::int64_t at) {
    return guarded("marking an email sent", [&]() -> Result<void> {
        const long long message = id;
        const long long when = at;
        m_sql << "UPDATE outbox SET sent_at = :at, body = '', attempts = attempts + 1, last_error = '' WHERE "
                 "id = "
                 ":id",
            soci::use(when), soci::use(message);
        return {};
    });
}

Result<void> SqlOutboxRepository::mark_failed(std::int64_t id, const std::string& error,
                                              std::int64_t next_attempt_at) {
    return guarded("recording a failed email", [&]() -> Result<void> {
        const long long message = id;
        const long long next = next_attempt_at;
        m_sql << "UPDATE outbox SET attempts = attempts + 1, last_error = :error, next_attempt_at = :next "
                 "WHERE "
                 "id = :id",
            soci::use(error), soci::use(next), soci::use(message);
        return {};
    });
}

Result<bool> SqlOutboxRepository::retry(std::int64_t id) {
    return guarded("trying an email again", [&]() -> Result<bool> {
        const long long message = id;
        soci::statement update =
            (m_sql.prepare << "UPDATE outbox SET attempts = 0, next_attempt_at = 0 WHERE id = "
                              ":id AND sent_at IS NULL",
             soci::use(message));
        update.execute(true);
        return update.get_affected_rows() > 0;
    });
}

Result<bool> SqlOutboxRepository::mark_sent_by_hand(std::int64_t id, std::int64_t at) {
    return guarded("marking an email sent by hand", [&]() -> Result<bool> {
        const long long message = id;
        const long long when = at;
        soci::statement update =
            (m_sql.prepare
                 << "UPDATE outbox SET sent_at = :at, body = '', last_error = '' WHERE id = :id AND "
                    "sent_at IS NULL",
             soci::use(when), soci::use(message));
        update.execute(true);
        return update.get_affected_rows() > 0;
    });
}

} // namespace leadline::storage
