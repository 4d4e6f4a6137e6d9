#include "web/handlers/learning_set_pages.hpp"

#include <chrono>

#include "app/development/learning_set_form.hpp"
#include "app/development/learning_set_members.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/views/learning_set_form_view.hpp"
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

Response learning_set_form(const Exchange& exchange, const app::LearningSetRequest& typed,
                           const std::vector<PageError>& errors) {
    auto cycles = exchange.store().cycles().cycles();
    if (!cycles) {
        return error_answer(exchange, cycles.error());
    }
    ctemplate::TemplateDictionary page("admin_learning_set_form");
    fill_learning_set_form(page, *cycles, typed, errors, exchange.signed_in().csrf_token);
    const auto viewer = exchange.viewer(learning_sets_href);
    return exchange.pages().page(errors.empty() ? 200 : 400, "Form learning sets",
                                 "admin_learning_set_form.tpl", page, errors, &viewer);
}

} // namespace

Response new_learning_sets_page(const Exchange& exchange) {
    app::LearningSetRequest typed;
    typed.smallest = "6";
    typed.largest = "8";
    return learning_set_form(exchange, typed, {});
}

Response form_learning_sets(const Exchange& exchange) {
    const app::LearningSetRequest typed{exchange.field("name"),    exchange.field("cycle"),
                                        exchange.field("people"),  exchange.field("smallest"),
                                        exchange.field("largest"), exchange.field("keep-apart")};
    // The search stops at a deadline fixed by how many take part; it runs on this request's worker.
    const auto deadline_for = [](std::size_t people) -> std::function<bool()> {
        const auto until = std::chrono::steady_clock::now() +
                           std::chrono::duration<double>(app::learning_set_search_seconds(people));
        return [until] { return std::chrono::steady_clock::now() >= until; };
    };
    auto formed =
        app::form_learning_sets_from_page(exchange.store(), exchange.site.clock, typed, deadline_for);
    if (!formed) {
        return error_answer(exchange, formed.error());
    }
    if (!formed->problems.empty()) {
        std::vector<PageError> errors;
        errors.reserve(formed->problems.size());
        for (const auto& problem : formed->problems) {
            errors.push_back({problem.field, problem.message});
        }
        return learning_set_form(exchange, typed, errors);
    }
    return Response::redirect(std::string(learning_sets_href) + "/" + std::to_string(formed->saved));
}

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
    fill_learning_set_confirmation(page, plan->saved, exchange.signed_in().csrf_token,
                                   exchange.query("done"));
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

Response confirm_learning_sets(const Exchange& exchange) {
    const auto plan = exchange.parameters.plan();
    auto told =
        app::LearningSetMembers(exchange.store(), exchange.site.clock).confirm(plan, exchange.site.base_url);
    const auto page = std::string(learning_sets_href) + "/" + std::to_string(plan);
    if (!told) {
        switch (told.error().code) {
        case domain::ErrorCode::NotFound:
            return no_such_plan(exchange);
        case domain::ErrorCode::Conflict:
            return Response::redirect(page); // confirmed already: the page says when
        default:
            return error_answer(exchange, told.error());
        }
    }
    return Response::redirect(page + "?done=confirmed");
}

} // namespace leadline::web
