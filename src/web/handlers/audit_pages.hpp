#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// GET /admin/audit: what admins have done, newest first, a page at a time.
[[nodiscard]] Response audit_page(const Exchange& exchange);

// GET /admin/audit.csv: the whole log, for keeping outside Leadline.
[[nodiscard]] Response audit_csv_download(const Exchange& exchange);

} // namespace leadline::web
