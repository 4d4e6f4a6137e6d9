#include "app/reporting/published_reports.hpp"

#include <algorithm>

namespace leadline::app {

domain::Result<std::shared_ptr<const CycleReportSet>> PublishedReports::of(Store& store,
                                                                           domain::CycleId cycle) {
    if (auto found = kept(cycle)) {
        return found;
    }
    auto computed = CycleReports(store, m_frameworks).all(cycle);
    if (!computed) {
        return domain::fail(computed.error());
    }
    auto reports = std::make_shared<const CycleReportSet>(std::move(*computed));
    keep(reports);
    return reports;
}

domain::Result<void> PublishedReports::compute_now(Store& store, domain::CycleId cycle) {
    auto computed = CycleReports(store, m_frameworks).all(cycle);
    if (!computed) {
        return domain::fail(computed.error());
    }
    keep(std::make_shared<const CycleReportSet>(std::move(*computed)));
    return {};
}

PublishedReports::Entry PublishedReports::kept(domain::CycleId cycle) {
    std::lock_guard lock(m_mutex);
    const auto found = std::find_if(m_recent.begin(), m_recent.end(),
                                    [&](const Entry& entry) { return entry->cycle == cycle; });
    if (found == m_recent.end()) {
        return nullptr;
    }
    m_recent.splice(m_recent.begin(), m_recent, found);
    return m_recent.front();
}

void PublishedReports::keep(Entry reports) {
    std::lock_guard lock(m_mutex);
    // Two requests may compute the same cycle at once; both results are equal, the later one is kept.
    m_recent.remove_if([&](const Entry& entry) { return entry->cycle == reports->cycle; });
    m_recent.push_front(std::move(reports));
    if (m_recent.size() > m_cycles_kept) {
        m_recent.pop_back();
    }
}

} // namespace leadline::app
