#pragma once

#include <filesystem>

#include "app/ports/change_feed.hpp"
#include "domain/core/result.hpp"

namespace leadline::app {

// What a database kept in one local file (SQLite) offers beyond the Store, and a server database
// (PostgreSQL) does without: a feed of changes to what rater pages show, control over when its
// write-ahead log is copied into the file, and a consistent copy while others write.
class FileDatabase {
  public:
    virtual ~FileDatabase() = default;

    // Changes to what rater pages show, in commit order, from every process using the file.
    [[nodiscard]] virtual ChangeFeed& changes() = 0;
    // The write-ahead log is copied into the database file now and then. By default the commit that
    // fills it does the copying and waits for it; after this call, this connection's commits never do,
    // and someone must call checkpoint() instead.
    [[nodiscard]] virtual domain::Result<void> leave_checkpoints_to_others() = 0;
    // Copies what it can of the write-ahead log into the file without waiting for or holding up writers.
    [[nodiscard]] virtual domain::Result<void> checkpoint() = 0;
    // Copies the whole database to a file, consistently, while others may be writing.
    [[nodiscard]] virtual domain::Result<void> backup_to(const std::filesystem::path& file) = 0;

  protected:
    FileDatabase() = default;
    FileDatabase(const FileDatabase&) = default;
    FileDatabase& operator=(const FileDatabase&) = default;
};

} // namespace leadline::app
