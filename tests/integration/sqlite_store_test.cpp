// What is particular to SQLite: journal mode, foreign keys, refusing newer schemas, online backup.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include <sqlite3.h>

#include "storage/soci_store_factory.hpp"
#include "support/scratch_database.hpp"

using namespace leadline;

namespace {

std::string query_text(const std::string& file, const std::string& sql) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    std::string text;
    if (sqlite3_step(statement) == SQLITE_ROW) {
        const auto* value = sqlite3_column_text(statement, 0);
        text = value != nullptr ? reinterpret_cast<const char*>(value) : "";
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return text;
}

} // namespace

TEST(SqliteStore, UsesWriteAheadLogging) {
    auto database = leadline::testing::ScratchDatabase::create(leadline::testing::Backend::Sqlite);
    auto store = database->open();
    EXPECT_EQ(query_text(database->url(), "PRAGMA journal_mode"), "wal");
}

TEST(SqliteStore, EnforcesForeignKeys) {
    auto database = leadline::testing::ScratchDatabase::create(leadline::testing::Backend::Sqlite);
    auto store = database->open();
    domain::Person orphan{{},      "sam@council.example", "Sam",        "G7",        "Policy",
                          "Wales", domain::UnitId{999},   std::nullopt, std::nullopt};
    auto saved = store->people().save_person(orphan);
    ASSERT_FALSE(saved.has_value());
    EXPECT_EQ(saved.error().code, domain::ErrorCode::Conflict);
}

TEST(SqliteStore, RefusesADatabaseNewerThanThisProgram) {
    auto database = leadline::testing::ScratchDatabase::create(leadline::testing::Backend::Sqlite);
    database->open().reset();
    query_text(database->url(),
               "INSERT INTO schema_migrations VALUES (999, 'from the future', '2030-01-01')");
    storage::SociStoreFactory factory;
    auto refused = factory.open(database->url(), app::SchemaUpgrade::Apply);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, domain::ErrorCode::FailedPrecondition);
    EXPECT_NE(refused.error().message.find("newer"), std::string::npos);
}

TEST(SqliteStore, AnOlderDatabaseIsRefusedWhenUpgradesAreNotAllowed) {
    auto database = leadline::testing::ScratchDatabase::create(leadline::testing::Backend::Sqlite);
    database->open().reset();
    query_text(database->url(), "DELETE FROM schema_migrations");
    storage::SociStoreFactory factory;
    auto refused = factory.open(database->url(), app::SchemaUpgrade::Refuse);
    ASSERT_FALSE(refused.has_value());
    EXPECT_NE(refused.error().message.find("leadline migrate"), std::string::npos);
}

TEST(SqliteStore, BackupWhileAnotherConnectionWritesIsConsistent) {
    auto database = leadline::testing::ScratchDatabase::create(leadline::testing::Backend::Sqlite);
    auto reader = database->open();
    auto writer = database->open();
    auto unit = writer->people().ensure_unit({"Housing"}).value();
    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::thread writing([&] {
        for (int i = 0; !stop && i < 100000; ++i) {
            // Each transaction adds a manager and a report: a consistent copy has them in pairs.
            auto pair = writer->in_transaction([&]() -> domain::Result<void> {
                auto boss = writer->people().save_person({{},
                                                          "boss" + std::to_string(i) + "@x.example",
                                                          "B",
                                                          "G6",
                                                          "P",
                                                          "R",
                                                          unit,
                                                          std::nullopt,
                                                          std::nullopt});
                if (!boss) {
                    return domain::fail(boss.error());
                }
                auto report = writer->people().save_person({{},
                                                            "report" + std::to_string(i) + "@x.example",
                                                            "R",
                                                            "EO",
                                                            "P",
                                                            "R",
                                                            unit,
                                                            *boss,
                                                            std::nullopt});
                return report ? domain::Result<void>{} : domain::fail(report.error());
            });
            if (pair) {
                ++written;
            }
        }
    });
    while (written < 50) {
        std::this_thread::yield();
    }
    const auto copy = database->folder() + "/copy.db";
    auto backed_up = reader->file_database()->backup_to(copy);
    stop = true;
    writing.join();
    ASSERT_TRUE(backed_up.has_value()) << backed_up.error().message;
    EXPECT_EQ(query_text(copy, "PRAGMA integrity_check"), "ok");
    const auto people = std::stoi(query_text(copy, "SELECT COUNT(*) FROM people"));
    const auto managed =
        std::stoi(query_text(copy, "SELECT COUNT(*) FROM people WHERE line_manager_id IS NOT NULL"));
    EXPECT_GE(people, 100);
    EXPECT_EQ(people, 2 * managed) << "the copy holds whole transactions only";
    EXPECT_FALSE(std::filesystem::exists(copy + ".partial"));
}

TEST(SqliteStore, BackupToAFolderThatDoesNotExistFailsClearly) {
    auto database = leadline::testing::ScratchDatabase::create(leadline::testing::Backend::Sqlite);
    auto store = database->open();
    auto failed = store->file_database()->backup_to("/nonexistent-folder/copy.db");
    ASSERT_FALSE(failed.has_value());
    EXPECT_NE(failed.error().message.find("/nonexistent-folder/copy.db"), std::string::npos);
}
