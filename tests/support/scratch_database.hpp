#pragma once

#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "app/ports/store.hpp"

namespace leadline::testing {

enum class Backend { Sqlite, Postgres };

[[nodiscard]] std::string backend_name(Backend backend);
inline void PrintTo(Backend backend, std::ostream* out) {
    *out << backend_name(backend);
}
// Names parameterised tests after their backend: StoreContract/Sqlite, StoreContract/Postgres.
[[nodiscard]] inline std::string backend_test_name(const ::testing::TestParamInfo<Backend>& info) {
    return backend_name(info.param);
}

// An empty database for one test: a SQLite file in a new temporary folder, or a new schema in the
// PostgreSQL server named by LEADLINE_TEST_PG_URL. Removed when the test ends.
class ScratchDatabase {
  public:
    // Returns nothing when the backend is not available here (no PostgreSQL URL): the caller skips.
    [[nodiscard]] static std::unique_ptr<ScratchDatabase> create(Backend backend);
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;

    // What `--db` takes for this database.
    [[nodiscard]] const std::string& url() const { return m_url; }
    [[nodiscard]] const std::string& folder() const { return m_folder; }
    [[nodiscard]] std::unique_ptr<app::Store> open() const;

  private:
    ScratchDatabase() = default;
    Backend m_backend = Backend::Sqlite;
    std::string m_url;
    std::string m_folder;
    std::string m_schema;
};

// True when the test run insists that PostgreSQL is there (make test sets it), so skipping is a failure.
[[nodiscard]] bool postgres_required();

} // namespace leadline::testing

// Skips (or, when PostgreSQL is required, fails) a test whose database is not available.
#define LEADLINE_SKIP_WITHOUT(database)                                                                      \
    if (!(database)) {                                                                                       \
        if (leadline::testing::postgres_required()) {                                                        \
            FAIL() << "PostgreSQL is required (LEADLINE_REQUIRE_POSTGRES=1) but LEADLINE_TEST_PG_URL is "    \
                      "not set";                                                                             \
        }                                                                                                    \
        GTEST_SKIP() << "LEADLINE_TEST_PG_URL is not set";                                                   \
    }
