#include "storage/sqlite_backup.hpp"

#include <chrono>
#include <thread>

namespace leadline::storage {

using domain::ErrorCode;

domain::Result<void> backup_sqlite(sqlite_api::sqlite3* source, const std::filesystem::path& file) {
    namespace sql = sqlite_api;
    const auto partial = std::filesystem::path(file.string() + ".partial");
    std::error_code ignored;
    std::filesystem::remove(partial, ignored);

    sql::sqlite3* target = nullptr;
    if (sql::sqlite3_open_v2(partial.c_str(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
        const std::string message = target != nullptr ? sql::sqlite3_errmsg(target) : "out of memory";
        sql::sqlite3_close(target);
        return domain::fail(ErrorCode::InvalidInput,
                            "Cannot write the backup to " + file.string() + ": " + message);
    }
    sql::sqlite3_backup* backup = sql::sqlite3_backup_init(target, "main", source, "main");
    if (backup == nullptr) {
        const std::string message = sql::sqlite3_errmsg(target);
        sql::sqlite3_close(target);
        std::filesystem::remove(partial, ignored);
        return domain::fail(ErrorCode::Internal, "Cannot start the backup: " + message);
    }
    int status = SQLITE_OK;
    // Copy everything in one step; retry while another connection holds a lock for a moment.
    for (int attempt = 0; attempt < 200; ++attempt) {
        status = sql::sqlite3_backup_step(backup, -1);
        if (status != SQLITE_BUSY && status != SQLITE_LOCKED) {
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    sql::sqlite3_backup_finish(backup);
    const int close_status = sql::sqlite3_close(target);
    if (status != SQLITE_DONE || close_status != SQLITE_OK) {
        std::filesystem::remove(partial, ignored);
        return domain::fail(ErrorCode::Unavailable, "The backup did not finish (SQLite said: " +
                                                        std::string(sql::sqlite3_errstr(status)) +
                                                        "); nothing was written. Try again.");
    }
    std::error_code renamed;
    std::filesystem::rename(partial, file, renamed);
    if (renamed) {
        return domain::fail(ErrorCode::InvalidInput,
                            "Cannot move the backup into " + file.string() + ": " + renamed.message());
    }
    return {};
}

} // namespace leadline::storage
