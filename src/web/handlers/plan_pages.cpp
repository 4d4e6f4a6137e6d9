#include "web/handlers/plan_pages.hpp"

#include "app/development/plan_json.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/views/plan_form_view.hpp"
#include "web/views/plan_view.hpp"

namespace leadline::web {

namespace {

app::DevelopmentPlans plans_of(const Exchange& exchange) {
    return app::DevelopmentPlans(exchange.store(), exchange.site.published, exchange.site.clock);
}

// The signed-in person's own plan, or the answer that stands in for it: before publishing, a page
// saying when to come back; without a report of theirs, not found.
domain::Result<app::PlanContext> own_plan(const Exchange& exchange) {
    return plans_of(exchange).own(*exchange.signed_in().user.person, exchange.parameters.cycle());
}

Response without_plan(const Exchange& exchange, const domain::Error& error) {
    if (error.code == domain::ErrorCode::FailedPrecondition) {
        return error_answer(
            exchange,
            {error.code, "Your plan starts from your report, which is ready once the cycle is published."},
            {"Your development plan is not ready yet", {}});
    }
    if (error.code == domain::ErrorCode::NotFound) {
        return not_found(exchange);
    }
    return error_answer(exchange, error);
}

std::vector<PageError> page_errors(const std::vector<app::FieldProblem>& problems) {
    std::vector<PageError> errors;
    errors.reserve(problems.size());
    for (const auto& problem : problems) {
        errors.push_back({problem.field, problem.message});
    }
    return errors;
}

Response plan_page(const Exchange& exchange, PlanPage& shown, int status = 200) {
    ctemplate::TemplateDictionary page("plan");
    fill_plan(page, shown);
    const auto viewer = exchange.viewer("/me");
    return exchange.pages().page(status, plan_heading(shown), "me_plan.tpl", page, shown.errors, &viewer);
}

Response plan_form_page(const Exchange& exchange, const app::PlanContext& context, const app::PlanForm& form,
                        const std::vector<PageError>& errors, int status) {
    ctemplate::TemplateDictionary page("plan_form");
    fill_plan_form(page, context, form, errors, exchange.signed_in().csrf_token);
    const auto viewer = exchange.viewer("/me");
    const std::string title = context.plan.revision == 0 ? "Start your development plan" : "Change your plan";
    return exchange.pages().page(status, title, "me_plan_form.tpl", page, errors, &viewer);
}

// Shares the signed-in person's plan (yes) or stops (no), as `share` does it, and goes back to the plan
// saying which was done.
template <class Share>
Response change_sharing(const Exchange& exchange, Share share, const char* shared_done,
                        const char* unshared_done) {
    auto context = own_plan(exchange);
    if (!context) {
        return without_plan(exchange, context.error());
    }
    const auto choice = exchange.field("share");
    if (choice != "yes" && choice != "no") {
        return unexpected_field(exchange, "share");
    }
    auto plans = plans_of(exchange);
    if (auto done = share(plans, *context, choice == "yes"); !done) {
        return error_answer(exchange, done.error());
    }
    return Response::redirect(my_plan_href(exchange.parameters.cycle()) +
                              "?done=" + (choice == "yes" ? shared_done : unshared_done));
}

} // namespace

Response my_plan(const Exchange& exchange) {
    auto context = own_plan(exchange);
    if (!context) {
        return without_plan(exchange, context.error());
    }
    PlanPage shown{*context, app::PlanReader::Owner, exchange.signed_in().csrf_token, exchange.query("done")};
    return plan_page(exchange, shown);
}

Response edit_plan_page(const Exchange& exchange) {
    auto context = own_plan(exchange);
    if (!context) {
        return without_plan(exchange, context.error());
    }
    const auto form = context->plan.revision == 0 ? app::new_plan_form(context->suggested)
                                                  : app::plan_form_of(context->plan, context->framework());
    return plan_form_page(exchange, *context, form, {}, 200);
}

Response save_plan(const Exchange& exchange) {
    auto context = own_plan(exchange);
    if (!context) {
        return without_plan(exchange, context.error());
    }
    auto form = app::read_plan_form(context->framework(), [&](std::string_view name) {
        std::vector<std::string> values;
        for (const auto& field : exchange.form) {
            if (field.name == name) {
                values.push_back(field.value);
            }
        }
        return values;
    });
    auto saved = plans_of(exchange).save(*context, form);
    if (!saved && saved.error().code == domain::ErrorCode::Conflict) {
        // Both changes kept: the other save stands, and what was typed here comes back to save again
        // over it once checked.
        form.revision = context->plan.revision;
        return plan_form_page(
            exchange, *context, form,
            {{"focus",
              "Your plan was changed in another tab or window after you opened this form. What you "
              "typed here is below and is not saved yet: check it against your plan, then save again."}},
            409);
    }
    if (!saved) {
        return error_answer(exchange, saved.error());
    }
    if (!saved->problems.empty()) {
        return plan_form_page(exchange, *context, form, page_errors(saved->problems), 400);
    }
    return Response::redirect(my_plan_href(exchange.parameters.cycle()) + "?done=saved");
}

Response add_plan_check_in(const Exchange& exchange) {
    auto context = own_plan(exchange);
    if (!context) {
        return without_plan(exchange, context.error());
    }
    PlanPage shown{*context, app::PlanReader::Owner, exchange.signed_in().csrf_token, ""};
    shown.on_day = exchange.field("on-day");
    shown.on_month = exchange.field("on-month");
    shown.on_year = exchange.field("on-year");
    shown.about = exchange.field("about");
    shown.did = exchange.field("did");
    shown.learned = exchange.field("learned");
    std::vector<app::FieldProblem> problems;
    domain::CheckIn check_in;
    check_in.on = app::read_day("on", "The day", shown.on_day, shown.on_month, shown.on_year, problems)
                      .value_or(app::today(exchange.site.clock));
    if (!shown.about.empty()) {
        check_in.about = domain::AttributeId{shown.about};
    }
    check_in.did = shown.did;
    check_in.learned = shown.learned;
    if (problems.empty()) {
        auto checked = plans_of(exchange).check_in(*context, check_in);
        if (!checked) {
            return error_answer(exchange, checked.error());
        }
        problems = std::move(*checked);
    }
    if (!problems.empty()) {
        shown.errors = page_errors(problems);
        return plan_page(exchange, shown, 400);
    }
    return Response::redirect(my_plan_href(exchange.parameters.cycle()) + "?done=checked-in#timeline");
}

Response share_plan(const Exchange& exchange) {
    return change_sharing(
        exchange,
        [](app::DevelopmentPlans& plans, const app::PlanContext& context, bool shared) {
            return plans.share(context, shared);
        },
        "shared", "unshared");
}

Response shared_plan(const Exchange& exchange) {
    const auto& viewer = exchange.signed_in().user;
    const auto owner = exchange.parameters.person();
    if (viewer.person == owner) {
        return Response::redirect(my_plan_href(exchange.parameters.cycle()));
    }
    auto context = plans_of(exchange).as_reader(viewer, exchange.parameters.cycle(), owner);
    if (!context) {
        return error_answer(exchange, context.error());
    }
    if (!*context) {
        return not_found(exchange);
    }
    auto as = plans_of(exchange).reader(viewer, exchange.parameters.cycle(), owner);
    if (!as) {
        return error_answer(exchange, as.error());
    }
    PlanPage shown{**context, as->value_or(app::PlanReader::LineManager), "", ""};
    return plan_page(exchange, shown);
}

Response share_plan_with_mentor(const Exchange& exchange) {
    return change_sharing(
        exchange,
        [](app::DevelopmentPlans& plans, const app::PlanContext& context, bool shared) {
            return plans.share_with_mentor(context, shared);
        },
        "mentor-shared", "mentor-unshared");
}

Response api_plan(const Exchange& exchange) {
    auto context = plans_of(exchange).as_reader(exchange.signed_in().user, exchange.parameters.cycle(),
                                                exchange.parameters.person());
    if (!context) {
        return error_answer(exchange, context.error());
    }
    if (!*context) {
        return Response::json(404, R"({"error":"There is no such plan."})");
    }
    return Response::json(200, app::plan_json(**context));
}

} // namespace leadline::web
