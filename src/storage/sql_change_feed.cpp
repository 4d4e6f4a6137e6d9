#include "storage/sql_change_feed.hpp"

#include "storage/soci_errors.hpp"

namespace leadline::storage {

struct SqlChangeFeed::Statements {
    explicit Statements(soci::session& sql)
        : latest((sql.prepare << "SELECT COALESCE(MAX(seq), 0) FROM page_changes", soci::into(latest_seq))),
          since((sql.prepare << "SELECT scope, seq FROM page_changes WHERE seq > :after ORDER BY seq LIMIT "
                                ":limit",
                 soci::use(after), soci::use(limit), soci::into(scope), soci::into(seq))) {}

    long long latest_seq = 0;
    long long after = 0;
    long long limit = 0;
    std::string scope;
    long long seq = 0;
    soci::statement latest;
    soci::statement since;
};

SqlChangeFeed::SqlChangeFeed(soci::session& sql) : m_sql(sql) {}

SqlChangeFeed::~SqlChangeFeed() = default;

SqlChangeFeed::Statements& SqlChangeFeed::statements() {
    if (!m_statements) {
        m_statements = std::make_unique<Statements>(m_sql);
    }
    return *m_statements;
}

domain::Result<std::uint64_t> SqlChangeFeed::latest() {
    auto read = guarded("reading the latest change", [&]() -> domain::Result<std::uint64_t> {
        auto& prepared = statements();
        prepared.latest.execute(true);
        // Stepped to its end, or SQLite would keep this read's snapshot open.
        while (prepared.latest.fetch()) {
        }
        return static_cast<std::uint64_t>(prepared.latest_seq);
    });
    if (!read) {
        m_statements.reset();
    }
    return read;
}

domain::Result<std::vector<app::Change>> SqlChangeFeed::since(std::uint64_t position, std::size_t limit) {
    auto read = guarded("reading changes", [&]() -> domain::Result<std::vector<app::Change>> {
        auto& prepared = statements();
        prepared.after = static_cast<long long>(position);
        prepared.limit = static_cast<long long>(limit);
        std::vector<app::Change> changes;
        prepared.since.execute();
        while (prepared.since.fetch()) {
            changes.push_back({static_cast<std::uint64_t>(prepared.seq), prepared.scope});
        }
        return changes;
    });
    if (!read) {
        m_statements.reset();
    }
    return read;
}

} // namespace leadline::storage
