#pragma once

#include <memory>
#include <string>

#include <soci/soci.h>

#include "app/ports/change_feed.hpp"

namespace leadline::storage {

// The page_changes table that SQLite triggers keep (migration 6). Read often (every rater page read
// from the database, every post, and a poll every few milliseconds), so its two statements are
// prepared once per connection.
class SqlChangeFeed final : public app::ChangeFeed {
  public:
    explicit SqlChangeFeed(soci::session& sql);
    ~SqlChangeFeed() override;

    [[nodiscard]] domain::Result<std::uint64_t> latest() override;
    [[nodiscard]] domain::Result<std::vector<app::Change>> since(std::uint64_t position,
                                                                 std::size_t limit) override;

  private:
    struct Statements;
    [[nodiscard]] Statements& statements();

    soci::session& m_sql;
    std::unique_ptr<Statements> m_statements;
};

} // namespace leadline::storage
