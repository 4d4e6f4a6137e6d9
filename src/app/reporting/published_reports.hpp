#pragma once

#include <cstddef>
#include <list>
#include <memory>
#include <mutex>

#include "app/frameworks/framework_cache.hpp"
#include "app/ports/store.hpp"
#include "app/reporting/cycle_reports.hpp"

namespace leadline::app {

// The reports of published cycles, computed once when the cycle is published (or, after a restart, when
// first asked for) and then served as they are. A published cycle's answers are frozen (every write
// path refuses them once the cycle closes), so a report computed once stays right; keeping it means a
// later change to the database cannot change what a subject has already seen, and pages do not pay for
// a whole cycle's statistics on every request. Safe to share between threads.
class PublishedReports {
  public:
    explicit PublishedReports(FrameworkCache& frameworks, std::size_t cycles_kept = 8)
        : m_frameworks(frameworks), m_cycles_kept(cycles_kept) {}

    // The cycle's reports: from memory when computed before, else computed now from the store.
    // FailedPrecondition before the cycle is published, NotFound for no such cycle.
    [[nodiscard]] domain::Result<std::shared_ptr<const CycleReportSet>> of(Store& store,
                                                                           domain::CycleId cycle);

    // Computes (again) and keeps the cycle's reports: called as the cycle is published.
    [[nodiscard]] domain::Result<void> compute_now(Store& store, domain::CycleId cycle);

  private:
    using Entry = std::shared_ptr<const CycleReportSet>;
    [[nodiscard]] Entry kept(domain::CycleId cycle);
    void keep(Entry reports);

    FrameworkCache& m_frameworks;
    std::size_t m_cycles_kept;
    std::mutex m_mutex;
    std::list<Entry> m_recent; // most recently used first
};

} // namespace leadline::app
