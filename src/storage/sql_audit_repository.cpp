#include "storage/sql_audit_repository.hpp"

#include "storage/soci_errors.hpp"

namespace leadline::storage {

domain::Result<void> SqlAuditRepository::record(const app::AuditEntry& entry) {
    return guarded("recording an admin's action", [&]() -> domain::Result<void> {
        const long long at = entry.at;
        m_sql << "INSERT INTO audit_log (at, actor, action, target) VALUES (:at, :actor, :action, :target)",
            soci::use(at), soci::use(entry.actor), soci::use(entry.action), soci::use(entry.target);
        return {};
    });
}

domain::Result<std::vector<app::AuditEntry>> SqlAuditRepository::entries(int limit, int offset) {
    return guarded("reading the audit log", [&]() -> domain::Result<std::vector<app::AuditEntry>> {
        std::vector<app::AuditEntry> entries;
        app::AuditEntry row;
        long long at = 0;
        soci::statement rows =
            (m_sql.prepare << "SELECT at, actor, action, target FROM audit_log ORDER BY id DESC "
                              "LIMIT :limit OFFSET :offset",
             soci::use(limit), soci::use(offset), soci::into(at), soci::into(row.actor),
             soci::into(row.action), soci::into(row.target));
        rows.execute();
        while (rows.fetch()) {
            row.at = at;
            entries.push_back(row);
        }
        return entries;
    });
}

domain::Result<int> SqlAuditRepository::count() {
    return guarded("counting the audit log", [&]() -> domain::Result<int> {
        int total = 0;
        m_sql << "SELECT COUNT(*) FROM audit_log", soci::into(total);
        return total;
    });
}

} // namespace leadline::storage
