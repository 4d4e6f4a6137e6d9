#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "app/feedback/cycle_administration.hpp"
#include "app/ports/store.hpp"

namespace leadline::app {

// Cycles' progress kept in memory, so an admin paging, filtering and searching the progress of a cycle
// of thousands does not count every nomination again on each page. A cycle's overview is kept with the
// position of the change feed read just before it; it is used only while the feed has not moved since,
// so any change anywhere (an answer saved, a nomination made, a name corrected) reads it afresh. That
// is coarse on purpose: the feed's scopes do not say which cycle a nomination or invitation belongs to,
// and an admin's pages are few next to the cost of one stale figure.
//
// A database without a change feed (PostgreSQL) is read every time. Thread-safe.
class ProgressCache {
  public:
    explicit ProgressCache(std::size_t capacity = 16) : m_capacity(capacity) {}

    [[nodiscard]] domain::Result<std::shared_ptr<const CycleOverview>> overview(Store& store,
                                                                                domain::CycleId cycle);

    // How many times an overview was read from the database rather than memory, for tests.
    [[nodiscard]] std::size_t reads() const;

  private:
    struct Kept {
        std::uint64_t read_at = 0;
        std::shared_ptr<const CycleOverview> overview;
    };

    [[nodiscard]] std::shared_ptr<const CycleOverview> find(domain::CycleId cycle,
                                                            std::uint64_t position) const;
    void keep(domain::CycleId cycle, std::uint64_t position, std::shared_ptr<const CycleOverview> overview);

    const std::size_t m_capacity;
    mutable std::mutex m_mutex;
    std::unordered_map<std::int64_t, Kept> m_kept;
    std::size_t m_reads = 0;
};

} // namespace leadline::app
