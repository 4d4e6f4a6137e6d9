#pragma once

#include <chrono>
#include <cstdint>

#include "domain/core/date.hpp"

namespace leadline::app {

// The time now, in seconds since 1970 (UTC). Use cases take a clock so tests can move time on.
class Clock {
  public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual std::int64_t now_seconds() const = 0;
};

class SystemClock final : public Clock {
  public:
    [[nodiscard]] std::int64_t now_seconds() const override {
        return std::chrono::duration_cast<std::chrono::seconds>(
                   std::chrono::system_clock::now().time_since_epoch())
            .count();
    }
};

// The calendar day (UTC) a time in seconds since 1970 falls on.
[[nodiscard]] inline domain::Date date_of(std::int64_t seconds) {
    return domain::day_of(seconds);
}

// The calendar day (UTC) the clock's time falls on: what "today" means for a cycle's dates.
[[nodiscard]] inline domain::Date today(const Clock& clock) {
    return date_of(clock.now_seconds());
}

} // namespace leadline::app
