// The group commit that raters' saves go through: every write acknowledged is stored, a refused write
// is undone alone, and writes from many threads share commits.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>
#include <vector>

#include "app/writing/group_commit.hpp"
#include "support/scratch_database.hpp"

using namespace leadline;
using leadline::testing::Backend;

namespace {

class GroupCommitTest : public ::testing::TestWithParam<Backend> {
  protected:
    void SetUp() override {
        m_database = leadline::testing::ScratchDatabase::create(GetParam());
        LEADLINE_SKIP_WITHOUT(m_database);
        m_store = m_database->open();
        m_unit = m_store->people().ensure_unit({"Housing"}).value();
    }

    // Work that adds one person to the directory.
    app::GroupCommit::Work add_person(const std::string& email) {
        return [this, email](app::Store& store) -> domain::Result<void> {
            auto saved =
                store.people().save_person({{}, email, "Someone", "G7", "Housing", "North", m_unit, {}, {}});
            return saved ? domain::Result<void>{} : domain::fail(saved.error());
        };
    }

    bool stored(const std::string& email) { return m_store->people().find_person(email).value().has_value(); }

    std::unique_ptr<leadline::testing::ScratchDatabase> m_database;
    std::unique_ptr<app::Store> m_store;
    domain::UnitId m_unit;
};

} // namespace

TEST_P(GroupCommitTest, EveryWriteFromManyThreadsIsStoredOnceAcknowledged) {
    std::atomic<int> acknowledged{0};
    {
        app::GroupCommit writer(m_database->open());
        std::vector<std::jthread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < 25; ++i) {
                    const auto email = "p" + std::to_string(t) + "-" + std::to_string(i) + "@council.example";
                    if (writer.run(add_person(email))) {
                        ++acknowledged;
                        // Acknowledged means committed: another connection sees it at once.
                        EXPECT_TRUE(m_database->open()->people().find_person(email).value().has_value());
                    }
                }
            });
        }
    }
    EXPECT_EQ(acknowledged.load(), 200);
    EXPECT_EQ(m_store->people().people().value().size(), 200U);
}

TEST_P(GroupCommitTest, ARefusedWriteIsUndoneAloneAndReportsItsError) {
    app::GroupCommit writer(m_database->open());
    // Adds a person, then refuses: the person must not stay.
    auto refused = writer.run([this](app::Store& store) -> domain::Result<void> {
        if (auto added = add_person("half@council.example")(store); !added) {
            return added;
        }
        return domain::fail(domain::ErrorCode::FailedPrecondition, "The cycle has closed.");
    });
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().message, "The cycle has closed.");
    EXPECT_TRUE(writer.run(add_person("whole@council.example")).has_value());
    EXPECT_FALSE(stored("half@council.example"));
    EXPECT_TRUE(stored("whole@council.example"));
}

TEST_P(GroupCommitTest, AWriteThatThrowsIsReportedAndTheWriterGoesOn) {
    app::GroupCommit writer(m_database->open());
    auto thrown =
        writer.run([](app::Store&) -> domain::Result<void> { throw std::runtime_error("disk on fire"); });
    ASSERT_FALSE(thrown.has_value());
    EXPECT_EQ(thrown.error().code, domain::ErrorCode::Internal);
    EXPECT_TRUE(writer.run(add_person("after@council.example")).has_value());
    EXPECT_TRUE(stored("after@council.example"));
}

INSTANTIATE_TEST_SUITE_P(Backends, GroupCommitTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         leadline::testing::backend_test_name);

TEST(GroupCommitCheckpoints, TheLogIsCopiedIntoTheDatabaseFileByItsOwnThread) {
    auto database = leadline::testing::ScratchDatabase::create(Backend::Sqlite);
    auto store = database->open();
    const auto unit = store->people().ensure_unit({"Housing"}).value();
    const auto file = std::filesystem::path(database->url());
    const auto before = std::filesystem::file_size(file);
    {
        app::GroupCommit writer(database->open(), database->open(), std::chrono::milliseconds(20));
        // A few commits of large rows: many new pages, but far fewer log frames than SQLite's own
        // threshold (1,000), so only the checkpoint thread copies them into the database file.
        for (int i = 0; i < 20; ++i) {
            ASSERT_TRUE(writer.run([&](app::Store& s) -> domain::Result<void> {
                const auto email = "person" + std::to_string(i) + "@council.example";
                auto saved = s.people().save_person(
                    {{}, email, std::string(2000, 'n'), "G7", "Housing", "North", unit, {}, {}});
                return saved ? domain::Result<void>{} : domain::fail(saved.error());
            }));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        EXPECT_GT(std::filesystem::file_size(file), before + 20 * 2000)
            << "the writes reached the database file";
    }
    EXPECT_EQ(store->people().people().value().size(), 20U);
}
