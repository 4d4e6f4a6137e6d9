#pragma once

#include "app/ports/clock.hpp"

namespace leadline::testing {

// A clock tests move on by hand, to reach expiry times without waiting.
class SettableClock final : public app::Clock {
  public:
    [[nodiscard]] std::int64_t now_seconds() const override { return m_now; }
    void advance(std::int64_t seconds) { m_now += seconds; }

  private:
    std::int64_t m_now = 1'790'000'000;
};

} // namespace leadline::testing
