#include "web/handlers/learning_set_pages.hpp"

#include "web/handlers/error_answers.hpp"
#include "web/views/learning_sets_view.hpp"

namespace leadline::web {

namespace {

// The saved plan the address names, or the answer when there is none.
domain::Result<app::SavedPlan> saved_plan(const Exchange& exchange) {
    auto loaded = app::load_learning_sets(exchange.store(), exchange.parameters.plan());
    if (!loaded) {
        return domain::fail(loaded.error());
    }
    if (!*loaded) {
        return domain::fail(domain::ErrorCode::NotFound, "There are no saved learning sets at this address.");
    }
    return std::move(**loaded);
}

Response no_such_plan(const Exchange& exchange) {
    return not_found(exchange, {"There are no saved learning sets at this address.",
                                "Go back to the learning sets to see those that are saved."});
}

} // namespace

Response learning_sets_page(const Exchange& exchange) {
    auto plans = exchange.store().learning_sets().learning_set_plans();
    if (!plans) {
        return error_answer(exchange, plans.error());
    }
    ctemplate::TemplateDictionary page("admin_learning_sets");
    fill_learning_sets(page, *plans);
    const auto viewer = exchange.viewer(learning_sets_href);
    return exchange.pages().page(200, "Learning sets", "admin_learning_sets.tpl", page, {}, &viewer);
}

Response learning_set_page(const Exchange& exchange) {
    auto plan = saved_plan(exchange);
    if (!plan) {
        return plan.error().code == domain::ErrorCode::NotFound ? no_such_plan(exchange)
                                                                : error_answer(exchange, plan.error());
    }
    ctemplate::TemplateDictionary page("admin_learning_set");
    fill_learning_set(page, *plan);
    const auto viewer = exchange.viewer(learning_sets_href);
    return exchange.pages().page(200, plan->saved.name, "admin_learning_set.tpl", page, {}, &viewer);
}

Response learning_set_csv(const Exchange& exchange) {
    auto plan = saved_plan(exchange);
    if (!plan) {
        return plan.error().code == domain::ErrorCode::NotFound ? no_such_plan(exchange)
                                                                : error_answer(exchange, plan.error());
    }
    return Response::csv_download(app::learning_sets_csv(plan->candidates, plan->plan),
                                  "learning-sets-" + std::to_string(exchange.parameters.plan()) + ".csv");
}

} // namespace leadline::web
