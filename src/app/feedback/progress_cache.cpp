#include "app/feedback/progress_cache.hpp"

namespace leadline::app {

domain::Result<std::shared_ptr<const CycleOverview>> ProgressCache::overview(Store& store,
                                                                             domain::CycleId cycle) {
    auto* feed = change_feed_of(store);
    std::uint64_t position = 0;
    if (feed != nullptr) {
        // Read before the overview: a change committed in between is then in the overview but after
        // its position, so the next page reads it again rather than trusting it.
        auto latest = feed->latest();
        if (!latest) {
            return domain::fail(latest.error());
        }
        position = *latest;
        if (auto kept = find(cycle, position)) {
            return kept;
        }
    }
    auto read = CycleAdministration(store).overview(cycle);
    if (!read) {
        return domain::fail(read.error());
    }
    auto overview = std::make_shared<const CycleOverview>(std::move(*read));
    {
        std::lock_guard lock(m_mutex);
        ++m_reads;
    }
    if (feed != nullptr) {
        keep(cycle, position, overview);
    }
    return overview;
}

std::size_t ProgressCache::reads() const {
    std::lock_guard lock(m_mutex);
    return m_reads;
}

std::shared_ptr<const CycleOverview> ProgressCache::find(domain::CycleId cycle,
                                                         std::uint64_t position) const {
    std::lock_guard lock(m_mutex);
    auto found = m_kept.find(cycle.value());
    if (found == m_kept.end() || found->second.read_at != position) {
        return nullptr;
    }
    return found->second.overview;
}

void ProgressCache::keep(domain::CycleId cycle, std::uint64_t position,
                         std::shared_ptr<const CycleOverview> overview) {
    std::lock_guard lock(m_mutex);
    auto found = m_kept.find(cycle.value());
    if (found != m_kept.end()) {
        if (found->second.read_at <= position) {
            found->second = {position, std::move(overview)};
        }
        return;
    }
    if (m_kept.size() >= m_capacity) {
        // Everything kept before the latest change is of no use again: drop the oldest reading.
        auto oldest = m_kept.begin();
        for (auto it = m_kept.begin(); it != m_kept.end(); ++it) {
            if (it->second.read_at < oldest->second.read_at) {
                oldest = it;
            }
        }
        m_kept.erase(oldest);
    }
    m_kept.emplace(cycle.value(), Kept{position, std::move(overview)});
}

} // namespace leadline::app
