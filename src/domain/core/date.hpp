#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "domain/core/result.hpp"

namespace leadline::domain {

// A calendar day, written and read as ISO 8601 (2026-11-22).
class Date {
  public:
    Date() = default;
    explicit Date(std::chrono::sys_days day) : m_day(day) {}

    [[nodiscard]] static Result<Date> parse(std::string_view text);
    [[nodiscard]] std::string iso() const;
    // As people write it: "29 January 2027".
    [[nodiscard]] std::string display() const;
    [[nodiscard]] std::chrono::sys_days day() const { return m_day; }

    auto operator<=>(const Date&) const = default;

  private:
    std::chrono::sys_days m_day{};
};

// The calendar day (UTC) a time in seconds since 1970 falls on.
[[nodiscard]] inline Date day_of(std::int64_t seconds) {
    return Date(
        std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds{std::chrono::seconds{seconds}}));
}

} // namespace leadline::domain
