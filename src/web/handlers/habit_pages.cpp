#include "web/handlers/habit_pages.hpp"

#include "app/development/development_plans.hpp"
#include "app/development/habit_weeks.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/http/form_tokens.hpp"
#include "web/views/habit_week_view.hpp"
#include "web/views/plan_view.hpp"

namespace leadline::web {

namespace {

app::HabitWeeks habits_of(const Exchange& exchange) {
    return app::HabitWeeks(exchange.store(), exchange.site.clock);
}

// The signed-in person's plan, which must exist to try its micro-actions.
domain::Result<app::PlanContext> own_saved_plan(const Exchange& exchange) {
    auto context = app::DevelopmentPlans(exchange.store(), exchange.site.published, exchange.site.clock)
                       .own(*exchange.signed_in().user.person, exchange.parameters.cycle());
    if (context && context->plan.revision == 0) {
        return domain::fail(domain::ErrorCode::FailedPrecondition,
                            "Write your plan first, then pick micro-actions from it.");
    }
    return context;
}

Response back_to_plan(const Exchange& exchange, const std::string& done) {
    return Response::redirect(my_plan_href(exchange.parameters.cycle()) + "?done=" + done + "#habits");
}

std::optional<bool> yes_or_no(const std::string& value, const char* yes, const char* no) {
    if (value == yes) {
        return true;
    }
    if (value == no) {
        return false;
    }
    return std::nullopt;
}

Response week_page(const Exchange& exchange, const app::HabitWeekView& view, const std::string& done) {
    ctemplate::TemplateDictionary page("habit_week");
    const auto& token = exchange.parameters.token();
    fill_habit_week(page, view, token, rater_form_token(token), done);
    return exchange.pages().page(200, "Your micro-actions this week", "habit_week.tpl", page);
}

} // namespace

Response pick_habits(const Exchange& exchange) {
    auto context = own_saved_plan(exchange);
    if (!context) {
        return error_answer(exchange, context.error());
    }
    std::vector<std::string> picks;
    for (const auto& field : exchange.form) {
        if (field.name == "picks") {
            picks.push_back(field.value);
        }
    }
    auto picked = habits_of(exchange).pick(context->plan, picks);
    if (!picked) {
        return error_answer(exchange, picked.error());
    }
    if (*picked) {
        PlanPage shown(*context, app::PlanReader::Owner, exchange.signed_in().csrf_token, "");
        shown.errors = {{"picks", **picked}};
        ctemplate::TemplateDictionary page("plan");
        fill_plan(page, shown);
        const auto viewer = exchange.viewer("/me");
        return exchange.pages().page(400, plan_heading(shown), "me_plan.tpl", page, shown.errors, &viewer);
    }
    return back_to_plan(exchange, "picked");
}

Response answer_habit_on_plan(const Exchange& exchange) {
    auto context = own_saved_plan(exchange);
    if (!context) {
        return error_answer(exchange, context.error());
    }
    const auto did = yes_or_no(exchange.field("did"), "yes", "no");
    if (!did) {
        return unexpected_field(exchange, "did");
    }
    if (auto answered = habits_of(exchange).answer_this_week(context->plan, exchange.field("action"), *did);
        !answered) {
        return error_answer(exchange, answered.error());
    }
    return back_to_plan(exchange, "answered");
}

Response set_plan_nudges(const Exchange& exchange) {
    auto context = own_saved_plan(exchange);
    if (!context) {
        return error_answer(exchange, context.error());
    }
    const auto on = yes_or_no(exchange.field("nudges"), "on", "off");
    if (!on) {
        return unexpected_field(exchange, "nudges");
    }
    if (auto set = exchange.store().habits().set_habit_nudges(context->plan.cycle, context->plan.person, *on);
        !set) {
        return error_answer(exchange, set.error());
    }
    return back_to_plan(exchange, *on ? "nudges-on" : "nudges-off");
}

Response habit_week_page(const Exchange& exchange) {
    auto view = habits_of(exchange).by_link(exchange.parameters.token());
    if (!view) {
        return error_answer(exchange, view.error());
    }
    if (!*view) {
        return not_found_page(exchange.pages());
    }
    return week_page(exchange, **view, exchange.query("done"));
}

Response answer_habit_by_link(const Exchange& exchange) {
    auto habits = habits_of(exchange);
    auto view = habits.by_link(exchange.parameters.token());
    if (!view) {
        return error_answer(exchange, view.error());
    }
    if (!*view) {
        return not_found_page(exchange.pages());
    }
    const auto here = "/h/" + exchange.parameters.token();
    if (const auto nudges = exchange.field("nudges"); !nudges.empty()) {
        const auto on = yes_or_no(nudges, "on", "off");
        if (!on) {
            return unexpected_field(exchange, "nudges");
        }
        if (auto set = habits.set_nudges((*view)->link, *on); !set) {
            return error_answer(exchange, set.error());
        }
        return Response::redirect(here + (*on ? "?done=nudges-on" : "?done=nudges-off"));
    }
    const auto did = yes_or_no(exchange.field("did"), "yes", "no");
    if (!did) {
        return unexpected_field(exchange, "did");
    }
    if (auto answered = habits.answer_by_link(**view, exchange.field("action"), *did); !answered) {
        if (answered.error().code == domain::ErrorCode::FailedPrecondition) {
            return week_page(exchange, **view, "");
        }
        return error_answer(exchange, answered.error());
    }
    return Response::redirect(here + "?done=answered");
}

} // namespace leadline::web
