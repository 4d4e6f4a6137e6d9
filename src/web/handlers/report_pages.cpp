#include "web/handlers/report_pages.hpp"

#include "app/reporting/report_access.hpp"
#include "app/reporting/report_json.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/views/report_view.hpp"

namespace leadline::web {

namespace {

// Whether the viewer may read this report; someone else's report reads as missing, not forbidden.
domain::Result<std::optional<app::ReportReader>> may_read(const Exchange& exchange) {
    return app::report_reader(exchange.store(), exchange.signed_in().user, exchange.parameters.cycle(),
                              exchange.parameters.person());
}

} // namespace

Response report_page(const Exchange& exchange, domain::CycleId cycle, domain::PersonId subject_id,
                     const std::string& back, const std::string& nav, const std::string& plan) {
    auto set = exchange.site.published.of(exchange.store(), cycle);
    if (!set && set.error().code == domain::ErrorCode::FailedPrecondition) {
        return error_answer(
            exchange, {set.error().code, "Reports are ready once the cycle is published. Come back then."},
            {"This report is not ready yet", {}});
    }
    if (!set && set.error().code != domain::ErrorCode::NotFound) {
        return error_answer(exchange, set.error());
    }
    const app::SubjectReport* subject = set ? app::find_subject(**set, subject_id) : nullptr;
    if (subject == nullptr) {
        return not_found(exchange,
                         {"There is no report here. If you followed a link, go back and try again."});
    }
    ctemplate::TemplateDictionary page("report");
    fill_report(page, **set, *subject, ReportMedium::Page);
    page.SetValue("BACK", back);
    page.ShowSection("BACK_LINK");
    if (!plan.empty()) {
        page.AddSectionDictionary("PLAN_LINK")->SetValue("HREF", plan);
    }
    const auto viewer = exchange.viewer(nav);
    return exchange.pages().page(200, "360 feedback report: " + subject->name, "report.tpl", page, {},
                                 &viewer);
}

Response admin_report(const Exchange& exchange) {
    const auto cycle = exchange.parameters.cycle();
    return report_page(exchange, cycle, exchange.parameters.person(),
                       "/admin/cycles/" + std::to_string(cycle.value()), "/admin");
}

Response own_report(const Exchange& exchange) {
    const auto cycle = exchange.parameters.cycle();
    return report_page(exchange, cycle, *exchange.signed_in().user.person, "/me", "/me",
                       "/me/cycles/" + std::to_string(cycle.value()) + "/plan");
}

Response managed_report(const Exchange& exchange) {
    auto reader = may_read(exchange);
    if (!reader) {
        return error_answer(exchange, reader.error());
    }
    if (!*reader) {
        return not_found(exchange);
    }
    return report_page(exchange, exchange.parameters.cycle(), exchange.parameters.person(), "/me", "/me");
}

Response api_report(const Exchange& exchange) {
    auto reader = may_read(exchange);
    if (!reader) {
        return error_answer(exchange, reader.error());
    }
    if (!*reader) {
        return Response::json(404, R"({"error":"There is no such report."})");
    }
    auto set = exchange.site.published.of(exchange.store(), exchange.parameters.cycle());
    if (!set) {
        return set.error().code == domain::ErrorCode::FailedPrecondition
                   ? error_answer(exchange,
                                  {set.error().code, "Reports are ready once the cycle is published."})
                   : error_answer(exchange, set.error());
    }
    const auto* subject = app::find_subject(**set, exchange.parameters.person());
    if (subject == nullptr) {
        return Response::json(404, R"({"error":"There is no such report."})");
    }
    return Response::json(200, app::report_json(**set, *subject));
}

} // namespace leadline::web
