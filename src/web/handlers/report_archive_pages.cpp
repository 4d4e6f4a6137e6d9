#include "web/handlers/report_archive_pages.hpp"

#include "app/reporting/report_archive.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/views/report_view.hpp"

namespace leadline::web {

Response reports_zip(const Exchange& exchange) {
    const auto cycle = exchange.parameters.cycle();
    auto set = exchange.site.published.of(exchange.store(), cycle);
    if (!set) {
        if (set.error().code == domain::ErrorCode::NotFound) {
            return not_found(exchange);
        }
        if (set.error().code == domain::ErrorCode::FailedPrecondition) {
            return error_answer(
                exchange, {set.error().code, "The reports can be downloaded once the cycle is published."},
                {"The reports are not ready yet", {}});
        }
        return error_answer(exchange, set.error());
    }
    // The site's stylesheet goes into each file, so that a report reads the same anywhere.
    const auto css = exchange.site.assets.find("/assets/leadline.css");
    const std::string stylesheet = css != exchange.site.assets.end() ? css->second.second : std::string();
    // Each report is drawn and compressed as the previous one is sent: thousands are never held at once.
    auto archive = std::make_shared<app::ReportsArchive>(
        *set, exchange.site.clock.now_seconds(),
        [pages = &exchange.pages(), reports = *set, stylesheet](const app::SubjectReport& subject) {
            return report_document(*pages, *reports, subject, stylesheet);
        });
    Response response;
    response.pieces = [archive] { return archive->next(); };
    response.set_header("Content-Type", "application/zip");
    response.set_header("Content-Disposition",
                        "attachment; filename=\"reports-cycle-" + std::to_string(cycle.value()) + ".zip\"");
    response.set_header("Cache-Control", "no-store");
    return response;
}

} // namespace leadline::web
