#include "web/handlers/chasing_pages.hpp"

#include "app/feedback/chasing.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/views/chasing_view.hpp"

namespace leadline::web {

namespace {

std::size_t page_number(const Exchange& exchange, std::string_view name) {
    const auto page = positive_id(exchange.query(name));
    return page ? static_cast<std::size_t>(*page) : 1;
}

Response chasing_answer(const Exchange& exchange, const std::string& problem) {
    const auto id = exchange.parameters.cycle();
    auto overview = exchange.site.progress.overview(exchange.store(), id);
    if (!overview) {
        return error_answer(exchange, overview.error());
    }
    auto subjects = app::subjects_to_chase(exchange.store(), **overview);
    if (!subjects) {
        return error_answer(exchange, subjects.error());
    }
    auto raters = exchange.store().responses().unanswered(id);
    if (!raters) {
        return error_answer(exchange, raters.error());
    }
    const ChasingPage shown{**overview,
                            *subjects,
                            *raters,
                            exchange.site.clock.now_seconds(),
                            page_number(exchange, "subjects-page"),
                            page_number(exchange, "raters-page"),
                            exchange.query("done"),
                            problem,
                            exchange.signed_in().csrf_token};
    ctemplate::TemplateDictionary page("admin_chasing");
    fill_chasing(page, shown);
    const auto viewer = exchange.viewer("/admin");
    return exchange.pages().page(problem.empty() ? 200 : 409, "Who to chase", "admin_chasing.tpl", page, {},
                                 &viewer);
}

} // namespace

Response chasing_page(const Exchange& exchange) {
    return chasing_answer(exchange, "");
}

Response nudge_subjects(const Exchange& exchange) {
    const auto id = exchange.parameters.cycle();
    auto nudged =
        app::Chasing(exchange.store(), exchange.site.clock, exchange.site.base_url).nudge_subjects(id);
    if (!nudged) {
        if (nudged.error().code == domain::ErrorCode::FailedPrecondition) {
            return chasing_answer(exchange, nudged.error().message);
        }
        return error_answer(exchange, nudged.error());
    }
    return Response::redirect(chasing_href(id) + (*nudged > 0 ? "?done=nudged" : "?done=none-due"));
}

} // namespace leadline::web
