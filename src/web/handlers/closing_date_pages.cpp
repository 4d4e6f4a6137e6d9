#include "web/handlers/closing_date_pages.hpp"

#include <chrono>

#include "app/feedback/cycle_form.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/views/admin_cycle_view.hpp"
#include "web/views/closing_date_view.hpp"

namespace leadline::web {

namespace {

// The form with what was typed and its problems; a published cycle has no form, only why not.
Response closing_date_form(const Exchange& exchange, const TypedDate& typed,
                           const std::vector<PageError>& errors) {
    auto overview = exchange.site.progress.overview(exchange.store(), exchange.parameters.cycle());
    if (!overview) {
        return error_answer(exchange, overview.error());
    }
    if ((*overview)->state == domain::CycleState::Published) {
        return error_answer(
            exchange,
            {domain::ErrorCode::FailedPrecondition,
             "The reports are published, so the cycle cannot take answers again. Start a new cycle."},
            {"The closing date cannot change", {}});
    }
    ctemplate::TemplateDictionary page("admin_closing_date");
    fill_closing_date(page, **overview, typed, errors, exchange.signed_in().csrf_token);
    const auto viewer = exchange.viewer("/admin");
    return exchange.pages().page(errors.empty() ? 200 : 400, closing_date_heading((*overview)->state),
                                 "admin_closing_date.tpl", page, errors, &viewer);
}

} // namespace

Response closing_date_page(const Exchange& exchange) {
    return closing_date_form(exchange, {}, {});
}

Response change_closing_date(const Exchange& exchange) {
    const TypedDate typed{exchange.field("closes-day"), exchange.field("closes-month"),
                          exchange.field("closes-year")};
    std::vector<app::FieldProblem> problems;
    const auto date = app::read_date("closes", "closes", typed.day, typed.month, typed.year, problems);
    if (!date) {
        return closing_date_form(exchange, typed, {{problems.front().field, problems.front().message}});
    }
    const auto id = exchange.parameters.cycle();
    auto changed = app::CycleAdministration(exchange.store())
                       .change_closing_date(id, *date, app::today(exchange.site.clock));
    if (!changed) {
        if (changed.error().code == domain::ErrorCode::InvalidInput) {
            return closing_date_form(exchange, typed, {{"closes-day", changed.error().message}});
        }
        return error_answer(exchange, changed.error());
    }
    return Response::redirect(admin_cycle_href(id) + "?done=closing-date");
}

} // namespace leadline::web
