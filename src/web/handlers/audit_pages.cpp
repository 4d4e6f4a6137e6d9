#include "web/handlers/audit_pages.hpp"

#include <algorithm>
#include <limits>

#include "app/governance/audit_log.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/views/audit_view.hpp"

namespace leadline::web {

Response audit_page(const Exchange& exchange) {
    auto& log = exchange.store().audit();
    auto total = log.count();
    if (!total) {
        return error_answer(exchange, total.error());
    }
    const int pages = std::max(1, (*total + audit_page_size - 1) / audit_page_size);
    const auto asked = positive_id(exchange.query("page"));
    const int page_number = static_cast<int>(std::clamp<long long>(asked.value_or(1), 1, pages));
    auto entries = log.entries(audit_page_size, (page_number - 1) * audit_page_size);
    if (!entries) {
        return error_answer(exchange, entries.error());
    }
    ctemplate::TemplateDictionary page("admin_audit");
    fill_audit(page, *entries, *total, page_number);
    const auto viewer = exchange.viewer("/admin/audit");
    return exchange.pages().page(200, "Audit log", "admin_audit.tpl", page, {}, &viewer);
}

Response audit_csv_download(const Exchange& exchange) {
    auto entries = exchange.store().audit().entries(std::numeric_limits<int>::max(), 0);
    if (!entries) {
        return error_answer(exchange, entries.error());
    }
    return Response::csv_download(app::audit_csv(*entries), "audit-log.csv");
}

} // namespace leadline::web
