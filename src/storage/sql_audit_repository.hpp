#pragma once

#include <soci/soci.h>

#include "app/ports/audit_repository.hpp"

namespace leadline::storage {

class SqlAuditRepository final : public app::AuditRepository {
  public:
    explicit SqlAuditRepository(soci::session& sql) : m_sql(sql) {}

    [[nodiscard]] domain::Result<void> record(const app::AuditEntry& entry) override;
    [[nodiscard]] domain::Result<std::vector<app::AuditEntry>> entries(int limit, int offset) override;
    [[nodiscard]] domain::Result<int> count() override;

  private:
    soci::session& m_sql;
};

} // namespace leadline::storage
