#include "support/scratch_database.hpp"

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <unistd.h>

#include <libpq-fe.h>

#include "storage/soci_store_factory.hpp"

namespace leadline::testing {

namespace {

void run_admin_sql(const std::string& url, const std::string& sql) {
    PGconn* connection = PQconnectdb(url.c_str());
    if (PQstatus(connection) != CONNECTION_OK) {
        const std::string message = PQerrorMessage(connection);
        PQfinish(connection);
        throw std::runtime_error("cannot reach the test PostgreSQL: " + message);
    }
    PGresult* result = PQexec(connection, sql.c_str());
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    const std::string message = PQerrorMessage(connection);
    PQclear(result);
    PQfinish(connection);
    if (!ok) {
        throw std::runtime_error("test PostgreSQL refused \"" + sql + "\": " + message);
    }
}

} // namespace

std::string backend_name(Backend backend) {
    return backend == Backend::Sqlite ? "Sqlite" : "Postgres";
}

bool postgres_required() {
    const char* required = std::getenv("LEADLINE_REQUIRE_POSTGRES");
    return required != nullptr && std::string(required) == "1";
}

std::unique_ptr<ScratchDatabase> ScratchDatabase::create(Backend backend) {
    std::unique_ptr<ScratchDatabase> database(new ScratchDatabase());
    database->m_backend = backend;
    if (backend == Backend::Sqlite) {
        std::string pattern = (std::filesystem::temp_directory_path() / "leadline-test-XXXXXX").string();
        if (mkdtemp(pattern.data()) == nullptr) {
            throw std::runtime_error("cannot make a temporary folder");
        }
        database->m_folder = pattern;
        database->m_url = pattern + "/leadline.db";
        return database;
    }
    const char* server = std::getenv("LEADLINE_TEST_PG_URL");
    if (server == nullptr || *server == '\0') {
        return nullptr;
    }
    static std::atomic<int> counter{0};
    database->m_schema = "test_" + std::to_string(getpid()) + "_" + std::to_string(++counter);
    run_admin_sql(server, "DROP SCHEMA IF EXISTS " + database->m_schema + " CASCADE; CREATE SCHEMA " +
                              database->m_schema);
    const std::string base(server);
    database->m_url = base + (base.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" +
                      database->m_schema;
    database->m_folder = std::filesystem::temp_directory_path().string();
    return database;
}

ScratchDatabase::~ScratchDatabase() {
    try {
        if (m_backend == Backend::Sqlite) {
            std::filesystem::remove_all(m_folder);
        } else if (const char* server = std::getenv("LEADLINE_TEST_PG_URL")) {
            run_admin_sql(server, "DROP SCHEMA IF EXISTS " + m_schema + " CASCADE");
        }
    } catch (...) {
        // Cleaning up is best effort: a leftover temporary schema must not fail the test.
    }
}

std::unique_ptr<app::Store> ScratchDatabase::open() const {
    storage::SociStoreFactory factory;
    auto store = factory.open(m_url, app::SchemaUpgrade::Apply);
    if (!store) {
        throw std::runtime_error("cannot open the test database: " + store.error().message);
    }
    return std::move(*store);
}

} // namespace leadline::testing
