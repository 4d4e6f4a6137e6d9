#pragma once

#include <string>

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// A subject's 360 report as a page; callers have decided that the viewer may read it. back: where the
// page's Back link goes; nav: the header link that is current; plan: for the subject reading their own,
// the address of their development plan.
[[nodiscard]] Response report_page(const Exchange& exchange, domain::CycleId cycle, domain::PersonId subject,
                                   const std::string& back, const std::string& nav,
                                   const std::string& plan = "");

// GET /admin/cycles/{cycle}/reports/{person}: any report of a published cycle, for the HR team.
[[nodiscard]] Response admin_report(const Exchange& exchange);
// GET /me/cycles/{cycle}/report: the signed-in person's own report.
[[nodiscard]] Response own_report(const Exchange& exchange);
// GET /me/cycles/{cycle}/reports/{person}: a report the viewer may read as the subject's line manager
// (where the cycle allows it); anyone else's reads as missing, whether or not it exists.
[[nodiscard]] Response managed_report(const Exchange& exchange);
// GET /api/v1/cycles/{cycle}/reports/{person}: a report as JSON, for whoever may read it.
[[nodiscard]] Response api_report(const Exchange& exchange);

} // namespace leadline::web
