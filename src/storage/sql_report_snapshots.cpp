// SqlCycleRepository's kept reports, and SqlResponseRepository's deletion of a cycle's answers: the two
// halves of retention.
#include "storage/soci_errors.hpp"
#include "storage/sql_cycle_repository.hpp"
#include "storage/sql_response_repository.hpp"

namespace leadline::storage {

using domain::Result;

Result<std::optional<app::ReportSnapshot>> SqlCycleRepository::report_snapshot(domain::CycleId cycle) {
    return guarded("reading a cycle's kept reports", [&]() -> Result<std::optional<app::ReportSnapshot>> {
        const long long id = cycle.value();
        app::ReportSnapshot snapshot;
        long long taken_at = 0;
        m_sql << "SELECT taken_at, body FROM report_snapshots WHERE cycle_id = :id", soci::use(id),
            soci::into(taken_at), soci::into(snapshot.body);
        if (!m_sql.got_data()) {
            return std::nullopt;
        }
        snapshot.taken_at = taken_at;
        return snapshot;
    });
}

Result<std::optional<std::int64_t>> SqlCycleRepository::answers_deleted_at(domain::CycleId cycle) {
    return guarded("reading when a cycle's answers were deleted",
                   [&]() -> Result<std::optional<std::int64_t>> {
                       const long long id = cycle.value();
                       long long taken_at = 0;
                       m_sql << "SELECT taken_at FROM report_snapshots WHERE cycle_id = :id", soci::use(id),
                           soci::into(taken_at);
                       if (!m_sql.got_data()) {
                           return std::nullopt;
                       }
                       return std::int64_t{taken_at};
                   });
}

Result<void> SqlCycleRepository::save_report_snapshot(domain::CycleId cycle,
                                                      const app::ReportSnapshot& snapshot) {
    return guarded("keeping a cycle's reports", [&]() -> Result<void> {
        const long long id = cycle.value();
        const long long taken_at = snapshot.taken_at;
        m_sql
            << "INSERT INTO report_snapshots (cycle_id, taken_at, body) VALUES (:id, :at, :body) ON CONFLICT "
               "(cycle_id) DO UPDATE SET taken_at = excluded.taken_at, body = excluded.body",
            soci::use(id), soci::use(taken_at), soci::use(snapshot.body);
        return {};
    });
}

Result<void> SqlResponseRepository::delete_answers(domain::CycleId cycle) {
    return guarded("deleting a cycle's answers", [&]() -> Result<void> {
        const long long id = cycle.value();
        const std::string of_cycle =
            " WHERE response_id IN (SELECT r.id FROM responses r JOIN invitations i ON "
            "i.id = r.invitation_id JOIN nominations n ON n.id = i.nomination_id WHERE "
            "n.cycle_id = :id)";
        m_sql << "DELETE FROM ratings" + of_cycle, soci::use(id);
        m_sql << "DELETE FROM comments" + of_cycle, soci::use(id);
        return {};
    });
}

} // namespace leadline::storage
