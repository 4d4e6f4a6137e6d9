#pragma once

#include <chrono>
#include <cstdint>

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

} // namespace leadline::app
