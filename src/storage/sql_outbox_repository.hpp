#pragma once

#include <soci/soci.h>

#include "app/ports/outbox_repository.hpp"

namespace leadline::storage {

class SqlOutboxRepository final : public app::OutboxRepository {
  public:
    explicit SqlOutboxRepository(soci::session& sql) : m_sql(sql) {}

    [[nodiscard]] domain::Result<std::int64_t> enqueue(const app::OutboxMessage& message) override;
    [[nodiscard]] domain::Result<std::vector<app::OutboxMessage>> unsent(int limit) override;
    [[nodiscard]] domain::Result<std::vector<app::OutboxMessage>> recent(int limit) override;
    [[nodiscard]] domain::Result<std::set<std::string>> waiting_for(app::MessageKind kind) override;
    [[nodiscard]] domain::Result<void> mark_sent(std::int64_t id, std::int64_t at) override;
    [[nodiscard]] domain::Result<std::vector<app::OutboxMessage>> due(int limit, std::int64_t now) override;
    [[nodiscard]] domain::Result<void> mark_failed(std::int64_t id, const std::string& error,
                                                   std::int64_t next_attempt_at) override;
    [[nodiscard]] domain::Result<bool> retry(std::int64_t id) override;
    [[nodiscard]] domain::Result<bool> mark_sent_by_hand(std::int64_t id, std::int64_t at) override;

  private:
    [[nodiscard]] domain::Result<std::vector<app::OutboxMessage>> read(const std::string& where_and_order,
                                                                       int limit);

    soci::session& m_sql;
};

} // namespace leadline::storage
