#include "storage/soci_store.hpp"

#include <mutex>

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "storage/migrations/migration.hpp"
#include "storage/postgres_url.hpp"
#include "storage/soci_errors.hpp"
#include "storage/sqlite_backup.hpp"

namespace leadline::storage {

using domain::ErrorCode;
using domain::Result;

namespace {

bool is_postgres_url(const std::string& database) {
    return database.rfind("postgresql://", 0) == 0 || database.rfind("postgres://", 0) == 0;
}

std::vector<std::string> statements_of(const std::string& sql) {
    std::vector<std::string> statements;
    std::size_t start = 0;
    while (start < sql.size()) {
        auto end = sql.find(';', start);
        if (end == std::string::npos) {
            end = sql.size();
        }
        auto statement = sql.substr(start, end - start);
        if (statement.find_first_not_of(" \t\r\n") != std::string::npos) {
            statements.push_back(std::move(statement));
        }
        start = end + 1;
    }
    return statements;
}

} // namespace

SociStore::SociStore(SqlDialect dialect)
    : m_dialect(dialect), m_people(m_sql), m_cycles(m_sql), m_frameworks(m_sql),
      m_responses(m_sql, m_transaction_open), m_accounts(m_sql), m_outbox(m_sql), m_learning_sets(m_sql),
      m_organisation(m_sql), m_audit(m_sql), m_development_plans(m_sql), m_habits(m_sql), m_pulses(m_sql),
      m_mentoring(m_sql), m_equality(m_sql), m_talent_reviews(m_sql), m_talent_pools(m_sql),
      m_changes(m_sql) {}

Result<std::unique_ptr<SociStore>> SociStore::open(const std::string& database, app::SchemaUpgrade upgrade) {
    if (database.empty()) {
        return domain::fail(
            ErrorCode::InvalidInput,
            "Say which database to use with --db: a file such as leadline.db, or postgresql://...");
    }
    std::unique_ptr<SociStore> store(
        new SociStore(is_postgres_url(database) ? SqlDialect::Postgres : SqlDialect::Sqlite));
    if (auto connected = store->connect(database); !connected) {
        return domain::fail(connected.error());
    }
    if (auto migrated = store->apply_migrations(upgrade); !migrated) {
        return domain::fail(migrated.error());
    }
    return store;
}

Result<void> SociStore::connect(const std::string& database) {
    try {
        if (m_dialect == SqlDialect::Postgres) {
            auto conninfo = postgres_connection_string(database);
            if (!conninfo) {
                return domain::fail(conninfo.error());
            }
            m_sql.open(soci::postgresql, *conninfo);
            m_sql << "SET client_min_messages TO WARNING";
            return {};
        }
        if (database.find_first_of("\" ") != std::string::npos) {
            return domain::fail(ErrorCode::InvalidInput,
                                "The database file name \"" + database +
                                    "\" has a space or quote; choose a simpler name.");
        }
        // SQLite counts every allocation under one process-wide mutex unless told not to; with a
        // connection per worker thread, that mutex was the busiest lock in the server. This must run
        // before SQLite's first use, and later calls would be refused, so once.
        static std::once_flag configured;
        std::call_once(configured, [] { sqlite_api::sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
        m_sql.open(soci::sqlite3, "db=" + database + " timeout=10");
        // Durability first: an answer acknowledged to a rater must survive a crash or power cut.
        std::string journal_mode;
        m_sql << "PRAGMA journal_mode = WAL", soci::into(journal_mode);
        m_sql << "PRAGMA synchronous = FULL";
        m_sql << "PRAGMA foreign_keys = ON";
        m_sql << "PRAGMA busy_timeout = 10000";
        return {};
    } catch (const soci::soci_error& error) {
        return domain::fail(ErrorCode::Unavailable,
                            "Cannot open the database " +
                                (m_dialect == SqlDialect::Postgres ? std::string("server") : database) +
                                ": " + error.get_error_message());
    }
}

Result<void> SociStore::apply_migrations(app::SchemaUpgrade upgrade) {
    return guarded("bringing the schema up to date", [&]() -> Result<void> {
        m_sql << "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT "
                 "NULL, "
                 "applied_at TEXT NOT NULL)";
        auto status = schema_status();
        if (!status) {
            return domain::fail(status.error());
        }
        if (status->database_version > status->latest_version) {
            return domain::fail(
                ErrorCode::FailedPrecondition,
                "This database has schema version " + std::to_string(status->database_version) +
                    ", newer than this leadline understands (" + std::to_string(status->latest_version) +
                    "). Use a newer leadline, or restore a backup made with this version.");
        }
        if (status->database_version < status->latest_version && upgrade == app::SchemaUpgrade::Refuse) {
            return domain::fail(ErrorCode::FailedPrecondition,
                                "This database has schema version " +
                                    std::to_string(status->database_version) +
                                    "; run `leadline migrate --db ...` to bring it to version " +
                                    std::to_string(status->latest_version) + ".");
        }
        for (const auto& migration : migrations()) {
            if (migration.version <= status->database_version) {
                continue;
            }
            soci::transaction transaction(m_sql);
            for (const auto& statement : statements_of(for_dialect(std::string(migration.sql), m_dialect))) {
                m_sql << statement;
            }
            for (const auto& statement :
                 m_dialect == SqlDialect::Sqlite ? migration.sqlite_only : migration.postgres_only) {
                m_sql << std::string(statement);
            }
            const std::string name(migration.name);
            m_sql << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:version, :name, "
                     "CURRENT_TIMESTAMP)",
                soci::use(migration.version), soci::use(name);
            transaction.commit();
        }
        return {};
    });
}

Result<app::SchemaStatus> SociStore::schema_status() {
    return guarded("reading the schema version", [&]() -> Result<app::SchemaStatus> {
        app::SchemaStatus status;
        int version = 0;
        soci::indicator indicator = soci::i_null;
        m_sql << "SELECT MAX(version) FROM schema_migrations", soci::into(version, indicator);
        status.database_version = indicator == soci::i_ok ? version : 0;
        status.latest_version = migrations().empty() ? 0 : migrations().back().version;
        return status;
    });
}

Result<void> SociStore::in_transaction(const std::function<Result<void>()>& work) {
    if (m_transaction_open) {
        return in_savepoint(work);
    }
    return guarded("running a transaction", [&]() -> Result<void> {
        // SQLite: take the write lock at the start. A transaction that read first and wrote later
        // would fail outright, not wait, if another connection wrote in between.
        m_sql << (m_dialect == SqlDialect::Sqlite ? "BEGIN IMMEDIATE" : "BEGIN");
        m_transaction_open = true;
        Result<void> outcome;
        try {
            outcome = work();
        } catch (...) {
            m_transaction_open = false;
            roll_back_quietly("ROLLBACK");
            throw;
        }
        m_transaction_open = false;
        if (!outcome) {
            m_sql << "ROLLBACK";
            return outcome;
        }
        try {
            m_sql << "COMMIT";
        } catch (...) {
            roll_back_quietly("ROLLBACK"); // a failed COMMIT may leave the transaction open
            throw;
        }
        return outcome;
    });
}

void SociStore::roll_back_quietly(const std::string& statement) noexcept {
    // Called while an error is already on its way out; SQLite may have rolled back by itself, and the
    // first error is the one worth reporting.
    try {
        m_sql << statement;
    } catch (...) {
    }
}

Result<void> SociStore::in_savepoint(const std::function<Result<void>()>& work) {
    // Inside a transaction, a savepoint: work that fails is undone alone, and the outer transaction
    // decides about the rest.
    const auto name = "nested_" + std::to_string(++m_savepoint_depth);
    struct Depth {
        int& depth;
        ~Depth() { --depth; }
    } leave{m_savepoint_depth};
    return guarded("running a nested transaction", [&]() -> Result<void> {
        m_sql << "SAVEPOINT " + name;
        Result<void> outcome;
        try {
            outcome = work();
        } catch (...) {
            roll_back_quietly("ROLLBACK TO SAVEPOINT " + name);
            roll_back_quietly("RELEASE SAVEPOINT " + name);
            throw;
        }
        if (!outcome) {
            m_sql << "ROLLBACK TO SAVEPOINT " + name;
        }
        m_sql << "RELEASE SAVEPOINT " + name;
        return outcome;
    });
}

// The three below are reached only through file_database(), which is this store only for SQLite.

Result<void> SociStore::leave_checkpoints_to_others() {
    return guarded("changing checkpoints", [&]() -> Result<void> {
        int pages = 0;
        m_sql << "PRAGMA wal_autocheckpoint = 0", soci::into(pages);
        return {};
    });
}

Result<void> SociStore::checkpoint() {
    return guarded("checkpointing", [&]() -> Result<void> {
        int busy = 0;
        int log_pages = 0;
        int copied = 0;
        m_sql << "PRAGMA wal_checkpoint(PASSIVE)", soci::into(busy), soci::into(log_pages),
            soci::into(copied);
        return {};
    });
}

Result<void> SociStore::backup_to(const std::filesystem::path& file) {
    // The dialect says this session is SQLite's (SOCI's library does not export the type for a dynamic_cast).
    auto* backend = static_cast<soci::sqlite3_session_backend*>(m_sql.get_backend());
    return backup_sqlite(backend->conn_, file);
}

} // namespace leadline::storage
