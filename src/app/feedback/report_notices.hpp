#pragma once

#include <string>

#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace leadline::app {

// Word to each subject that their report can be read, once a cycle is published: where to find it, and
// a way in. Messages go to the outbox.
class ReportNotices {
  public:
    ReportNotices(Store& store, const Clock& clock, std::string base_url)
        : m_store(store), m_clock(clock), m_base_url(std::move(base_url)) {}

    // Returns how many subjects were told. Only for a published cycle.
    [[nodiscard]] domain::Result<int> tell_subjects(domain::CycleId cycle);

  private:
    Store& m_store;
    const Clock& m_clock;
    std::string m_base_url;
};

} // namespace leadline::app
