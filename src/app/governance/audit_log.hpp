#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/ports/audit_repository.hpp"

namespace leadline::app {

// A time as people read it in the log, in UTC: "30 November 2026, 14:05".
[[nodiscard]] std::string readable_time(std::int64_t seconds);

// The log as CSV, newest first: when (ISO 8601, UTC), who, what, address.
[[nodiscard]] std::string audit_csv(const std::vector<AuditEntry>& entries);

} // namespace leadline::app
