#include "app/writing/group_commit.hpp"

#include <exception>
#include <vector>

namespace leadline::app {

GroupCommit::GroupCommit(std::unique_ptr<Store> store, std::unique_ptr<Store> checkpointer,
                         std::chrono::milliseconds checkpoint_every, std::size_t largest_batch)
    : m_store(std::move(store)), m_largest_batch(largest_batch == 0 ? 1 : largest_batch),
      m_checkpointer(std::move(checkpointer)), m_checkpoint_every(checkpoint_every),
      m_thread([this](const std::stop_token& stop) { write_batches(stop); }) {
    // Only a database in one file has checkpoints to hand over. If the writer cannot hand them over, its
    // commits keep doing them: slower, still correct.
    auto* file = m_store->file_database();
    if (m_checkpointer && m_checkpointer->file_database() != nullptr && file != nullptr &&
        file->leave_checkpoints_to_others()) {
        m_checkpoint_thread =
            std::jthread([this](const std::stop_token& stop) { checkpoint_now_and_then(stop); });
    }
}

GroupCommit::~GroupCommit() {
    m_thread.request_stop();
    m_arrived.notify_all();
    m_checkpoint_thread.request_stop();
    m_checkpoint_wake.notify_all();
}

void GroupCommit::checkpoint_now_and_then(const std::stop_token& stop) {
    while (!stop.stop_requested()) {
        {
            std::unique_lock lock(m_checkpoint_mutex);
            m_checkpoint_wake.wait_for(lock, stop, m_checkpoint_every, [] { return false; });
        }
        // A failed checkpoint is tried again next time; the log only grows meanwhile.
        (void)m_checkpointer->file_database()->checkpoint();
    }
}

domain::Result<void> GroupCommit::run(Work work) {
    std::future<domain::Result<void>> outcome;
    {
        std::lock_guard lock(m_mutex);
        auto& pending = m_waiting.emplace_back(Pending{std::move(work), {}});
        outcome = pending.done.get_future();
    }
    m_arrived.notify_one();
    return outcome.get();
}

void GroupCommit::write_batches(const std::stop_token& stop) {
    while (true) {
        std::deque<Pending> batch;
        {
            std::unique_lock lock(m_mutex);
            m_arrived.wait(lock, stop, [this] { return !m_waiting.empty(); });
            if (m_waiting.empty()) {
                return; // asked to stop, and nothing is left to write
            }
            const auto taken = std::min(m_waiting.size(), m_largest_batch);
            for (std::size_t i = 0; i < taken; ++i) {
                batch.push_back(std::move(m_waiting.front()));
                m_waiting.pop_front();
            }
        }
        write_batch(batch);
    }
}

void GroupCommit::write_batch(std::deque<Pending>& batch) {
    std::vector<domain::Result<void>> outcomes(batch.size());
    auto committed = m_store->in_transaction([&]() -> domain::Result<void> {
        for (std::size_t i = 0; i < batch.size(); ++i) {
            // A nested transaction is a savepoint: a refused write is undone alone.
            outcomes[i] = m_store->in_transaction([&]() -> domain::Result<void> {
                try {
                    return batch[i].work(*m_store);
                } catch (const std::exception& error) {
                    return domain::fail(domain::ErrorCode::Internal,
                                        std::string("A write failed: ") + error.what());
                }
            });
        }
        return {};
    });
    for (std::size_t i = 0; i < batch.size(); ++i) {
        batch[i].done.set_value(committed ? std::move(outcomes[i]) : domain::Result<void>(committed));
    }
}

} // namespace leadline::app
