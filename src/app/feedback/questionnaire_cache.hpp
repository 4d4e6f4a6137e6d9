#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "app/feedback/rater_journey.hpp"
#include "app/ports/change_feed.hpp"

namespace leadline::app {

// Raters' questionnaires kept in memory, so their pages can be answered without reading the database
// (and without handing the request to another thread). A questionnaire is kept with the feed position
// it was read at; a change to anything it shows, by this process or another, drops it once the cache
// has read that change from the feed. Within one process, reading the feed after each write makes a
// write visible at once; another process's changes are seen at the next read of the feed.
//
// Thread-safe: found from the I/O thread, kept and caught up from workers and a poller.
class QuestionnaireCache {
  public:
    // At most `capacity` questionnaires. The latest change of up to `remembered_changes` scopes is
    // remembered, so a questionnaire read a little before a change is recognised as out of date.
    explicit QuestionnaireCache(std::size_t capacity = 10000, std::size_t remembered_changes = 100000);

    // The questionnaire for a link (by the hash of its token), or nullptr when none is kept.
    [[nodiscard]] std::shared_ptr<const RaterQuestionnaire> find(const std::string& token_hash) const;

    // Keeps a questionnaire read from the database at questionnaire.changes_seen, in place of any read
    // before it. Refused (false) when it has no position, when the cache has not started following the
    // feed, or when a change since it was read touches what it shows; an earlier read of the same link
    // is dropped even then.
    bool keep(const std::string& token_hash, const RaterQuestionnaire& questionnaire);

    // Reads the feed from where the cache left it and drops what the changes touch. The first call
    // starts following the feed at its latest position.
    [[nodiscard]] domain::Result<void> catch_up(ChangeFeed& feed);

    // The part of catch_up that needs no database: begin at a position, then apply changes read.
    void start_at(std::uint64_t position);
    void apply(const std::vector<Change>& changes);

    [[nodiscard]] std::size_t size() const;

  private:
    struct Entry {
        std::shared_ptr<const RaterQuestionnaire> questionnaire;
        std::uint64_t read_at = 0;
        std::vector<std::string> scopes;
    };

    void erase_locked(const std::string& token_hash);

    const std::size_t m_capacity;
    const std::size_t m_remembered_changes;
    mutable std::mutex m_mutex;
    std::optional<std::uint64_t> m_position; // changes up to here have been applied
    std::uint64_t m_oldest_known = 0;        // m_last_change holds every change after this position
    std::unordered_map<std::string, Entry> m_entries;
    std::unordered_map<std::string, std::unordered_set<std::string>> m_by_scope;
    std::unordered_map<std::string, std::uint64_t> m_last_change;
};

// What a questionnaire shows, by the scopes of the change feed.
[[nodiscard]] std::vector<std::string> scopes_of(const RaterQuestionnaire& questionnaire);

} // namespace leadline::app
