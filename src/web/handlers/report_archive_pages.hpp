#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// GET /admin/cycles/{cycle}/reports.zip: every report of a published cycle as self-contained HTML files,
// with a CSV of every figure, in one ZIP for HR to keep.
[[nodiscard]] Response reports_zip(const Exchange& exchange);

} // namespace leadline::web
