#include "web/handlers/pulse_pages.hpp"

#include <map>
#include <variant>

#include "app/development/development_plans.hpp"
#include "app/development/pulses.hpp"
#include "app/feedback/cycle_form.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/views/my_pulse_view.hpp"
#include "web/views/pulse_dates_view.hpp"

namespace leadline::web {

namespace {

app::Pulses pulses_of(const Exchange& exchange) {
    return app::Pulses(exchange.store(), exchange.site.published, exchange.site.clock);
}

// The signed-in subject's plan context: only someone with a report in a published cycle has a pulse, and
// the plan's own rules say who that is.
domain::Result<app::PlanContext> own_context(const Exchange& exchange) {
    return app::DevelopmentPlans(exchange.store(), exchange.site.published, exchange.site.clock)
        .own(*exchange.signed_in().user.person, exchange.parameters.cycle());
}

Response my_pulse_page(const Exchange& exchange, const TypedPulseRater& typed,
                       const std::vector<PageError>& errors) {
    const auto cycle = exchange.parameters.cycle();
    const auto person = *exchange.signed_in().user.person;
    auto context = own_context(exchange);
    if (!context) {
        return error_answer(exchange, context.error());
    }
    auto pulses = pulses_of(exchange);
    auto rounds = pulses.for_subject(cycle, person);
    if (!rounds) {
        return error_answer(exchange, rounds.error());
    }
    auto added = exchange.store().pulses().added_pulse_raters(cycle, person);
    if (!added) {
        return error_answer(exchange, added.error());
    }
    ctemplate::TemplateDictionary page("me_pulse");
    fill_my_pulse(page, cycle, context->reports->cycle_name, *rounds, *added, typed, errors,
                  exchange.signed_in().csrf_token, exchange.query("done"));
    const auto viewer = exchange.viewer("/me");
    return exchange.pages().page(errors.empty() ? 200 : 400, "Your pulse", "me_pulse.tpl", page, errors,
                                 &viewer);
}

// The withdrawal form's boxes, empty.
const std::array<std::string, 2> no_withdrawal;

std::array<TypedRound, 3> typed_rounds(const app::PulseRoundPlan& plan) {
    std::array<TypedRound, 3> typed; // every box starts empty
    for (const auto& round : plan.rounds) {
        if (round.number >= 1 && round.number <= 3) {
            typed[static_cast<std::size_t>(round.number - 1)] = typed_round(round);
        }
    }
    return typed;
}

Response dates_form(const Exchange& exchange, const app::PulseRoundPlan& plan,
                    const std::array<TypedRound, 3>& typed, const std::vector<PageError>& errors,
                    const std::array<std::string, 2>& withdraw) {
    const auto cycle = exchange.parameters.cycle();
    auto heading = exchange.store().cycles().cycle_heading(cycle);
    if (!heading) {
        return error_answer(exchange, heading.error());
    }
    std::map<int, app::PulseRoundCounts> counts;
    if (!plan.suggested) {
        for (const auto& round : plan.rounds) {
            auto counted = exchange.store().pulses().pulse_round_counts(cycle, round.number);
            if (!counted) {
                return error_answer(exchange, counted.error());
            }
            counts[round.number] = *counted;
        }
    }
    ctemplate::TemplateDictionary page("admin_pulse");
    fill_pulse_dates(page, cycle, heading->settings.name, plan, typed, counts, withdraw, errors,
                     exchange.signed_in().csrf_token, app::today(exchange.site.clock),
                     exchange.query("done"));
    const auto viewer = exchange.viewer("/admin");
    return exchange.pages().page(errors.empty() ? 200 : 400, "The pulse after this cycle", "admin_pulse.tpl",
                                 page, errors, &viewer);
}

} // namespace

Response my_pulse(const Exchange& exchange) {
    return my_pulse_page(exchange, {}, {});
}

Response add_pulse_rater(const Exchange& exchange) {
    const TypedPulseRater typed{exchange.field("email"), exchange.field("name"), exchange.field("group")};
    const auto group = domain::rater_group_from_string(typed.group);
    if (!group || *group == domain::RaterGroup::Self || *group == domain::RaterGroup::LineManager) {
        return unexpected_field(exchange, "group");
    }
    const auto cycle = exchange.parameters.cycle();
    const auto person = *exchange.signed_in().user.person;
    if (auto context = own_context(exchange); !context) {
        return error_answer(exchange, context.error());
    }
    auto problem = pulses_of(exchange).add_rater(cycle, person, {typed.email, typed.name, *group},
                                                 exchange.site.base_url);
    if (!problem) {
        return error_answer(exchange, problem.error());
    }
    if (*problem) {
        return my_pulse_page(exchange, typed, {{"email", **problem}});
    }
    return Response::redirect(my_pulse_href(cycle) + "?done=added");
}

Response admin_pulse(const Exchange& exchange) {
    auto plan = pulses_of(exchange).plan(exchange.parameters.cycle());
    if (!plan) {
        return error_answer(exchange, plan.error());
    }
    return dates_form(exchange, *plan, typed_rounds(*plan), {}, no_withdrawal);
}

Response save_pulse_dates(const Exchange& exchange) {
    auto pulses = pulses_of(exchange);
    auto plan = pulses.plan(exchange.parameters.cycle());
    if (!plan) {
        return error_answer(exchange, plan.error());
    }
    std::array<TypedRound, 3> typed; // every box starts empty
    std::vector<app::FieldProblem> problems;
    std::vector<domain::PulseRound> rounds;
    for (int number = 1; number <= domain::most_pulse_rounds; ++number) {
        const auto fields = round_fields(number);
        auto& boxes = typed[static_cast<std::size_t>(number - 1)];
        bool any = false;
        for (std::size_t b = 0; b < fields.size(); ++b) {
            boxes[b] = exchange.field(fields[b]);
            any = any || !boxes[b].empty();
        }
        if (!any) {
            continue; // no round here
        }
        const auto name = "round " + std::to_string(number);
        const auto prefix = "round-" + std::to_string(number);
        const auto opens = app::read_date_called(prefix + "-opens", "the date " + name + " opens", boxes[0],
                                                 boxes[1], boxes[2], problems);
        const auto closes = app::read_date_called(prefix + "-closes", "the date " + name + " closes",
                                                  boxes[3], boxes[4], boxes[5], problems);
        if (opens && closes) {
            rounds.push_back({static_cast<int>(rounds.size()) + 1, *opens, *closes});
        }
    }
    std::vector<PageError> errors;
    errors.reserve(problems.size());
    for (const auto& problem : problems) {
        errors.push_back({problem.field, problem.message});
    }
    if (errors.empty()) {
        auto checked = pulses.set_rounds(exchange.parameters.cycle(), rounds);
        if (!checked) {
            return error_answer(exchange, checked.error());
        }
        for (const auto& problem : *checked) {
            const auto number = problem.round == 0 ? 1 : problem.round;
            errors.push_back({"round-" + std::to_string(number) + "-opens-day", problem.message});
        }
    }
    if (!errors.empty()) {
        return dates_form(exchange, *plan, typed, errors, no_withdrawal);
    }
    return Response::redirect(admin_pulse_href(exchange.parameters.cycle()) + "?done=saved");
}

Response withdraw_pulse_rater(const Exchange& exchange) {
    auto pulses = pulses_of(exchange);
    auto plan = pulses.plan(exchange.parameters.cycle());
    if (!plan) {
        return error_answer(exchange, plan.error());
    }
    const std::array<std::string, 2> typed{exchange.field("subject"), exchange.field("rater")};
    auto withdrawn = pulses.withdraw_rater(exchange.parameters.cycle(), typed[0], typed[1]);
    if (!withdrawn) {
        return error_answer(exchange, withdrawn.error());
    }
    if (const auto* problem = std::get_if<std::string>(&*withdrawn)) {
        return dates_form(exchange, *plan, typed_rounds(*plan), {{"withdraw-subject", *problem}}, typed);
    }
    return Response::redirect(admin_pulse_href(exchange.parameters.cycle()) + "?done=withdrawn");
}

} // namespace leadline::web
