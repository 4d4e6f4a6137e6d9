#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

#include "app/ports/store.hpp"

namespace leadline::app {

// Runs writes one batch at a time on a thread and connection of its own, and commits each batch once.
// A durable commit waits for the disk; sharing that wait among every write that arrived meanwhile
// (group commit) is what lets many raters save at once. Each write runs in a savepoint of its own, so
// a refused one leaves the others in the batch untouched, and run() returns only once its batch is
// on disk. One writer also means writers never queue for SQLite's lock.
class GroupCommit {
  public:
    using Work = std::function<domain::Result<void>(Store&)>;

    // Writes through `store`. With a `checkpointer` (a second connection), the commits never copy the
    // write-ahead log into the database themselves, which stalls whichever commit fills it; a thread
    // of its own does that every checkpoint_every instead.
    explicit GroupCommit(std::unique_ptr<Store> store, std::unique_ptr<Store> checkpointer = nullptr,
                         std::chrono::milliseconds checkpoint_every = std::chrono::milliseconds(500),
                         std::size_t largest_batch = 256);
    // Finishes the writes already asked for, then stops.
    ~GroupCommit();
    GroupCommit(const GroupCommit&) = delete;
    GroupCommit& operator=(const GroupCommit&) = delete;

    // Runs the work in the next batch. Returns the work's own error, or the commit's, or success once
    // the batch holding it is committed.
    [[nodiscard]] domain::Result<void> run(Work work);

  private:
    struct Pending {
        Work work;
        std::promise<domain::Result<void>> done;
    };

    void write_batches(const std::stop_token& stop);
    void write_batch(std::deque<Pending>& batch);
    void checkpoint_now_and_then(const std::stop_token& stop);

    std::unique_ptr<Store> m_store;
    std::size_t m_largest_batch;
    std::mutex m_mutex;
    std::condition_variable_any m_arrived;
    std::deque<Pending> m_waiting;
    std::unique_ptr<Store> m_checkpointer;
    std::chrono::milliseconds m_checkpoint_every;
    std::mutex m_checkpoint_mutex;
    std::condition_variable_any m_checkpoint_wake;
    // Last: they stop and join before the members above go.
    std::jthread m_thread;
    std::jthread m_checkpoint_thread;
};

} // namespace leadline::app
