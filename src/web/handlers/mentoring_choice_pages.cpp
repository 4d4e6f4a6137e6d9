#include "web/handlers/mentoring_choice_pages.hpp"

#include "app/development/mentoring_choice_form.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/views/mentoring_choice_view.hpp"
#include "web/views/participant_views.hpp"

namespace leadline::web {

namespace {

// The cycle's reports: choosing is open once the cycle is published, whoever the person is (a mentor need not
// have been a subject). Before then, the page is not there.
domain::Result<std::shared_ptr<const app::CycleReportSet>> published_cycle(const Exchange& exchange) {
    auto reports = exchange.site.published.of(exchange.store(), exchange.parameters.cycle());
    if (!reports && reports.error().code == domain::ErrorCode::FailedPrecondition) {
        return domain::fail(domain::ErrorCode::NotFound, "There is no mentoring for this cycle yet.");
    }
    return reports;
}

Response choice_form(const Exchange& exchange, const app::CycleReportSet& reports,
                     const app::TypedMentoringChoice& typed, const std::vector<PageError>& errors,
                     bool saved) {
    ctemplate::TemplateDictionary page("me_mentoring");
    fill_mentoring_choice(page, my_cycle_href(reports.cycle) + "/mentoring", reports.cycle_name,
                          *reports.framework, typed, errors, exchange.signed_in().csrf_token, saved);
    const auto viewer = exchange.viewer("/me");
    return exchange.pages().page(errors.empty() ? 200 : 400, "Mentoring", "me_mentoring.tpl", page, errors,
                                 &viewer);
}

} // namespace

Response my_mentoring_choice(const Exchange& exchange) {
    auto reports = published_cycle(exchange);
    if (!reports) {
        return error_answer(exchange, reports.error());
    }
    auto saved = exchange.store().mentoring().mentoring_choice(exchange.parameters.cycle(),
                                                               *exchange.signed_in().user.person);
    if (!saved) {
        return error_answer(exchange, saved.error());
    }
    const auto typed = *saved ? app::typed_mentoring_choice(**saved) : app::TypedMentoringChoice{};
    return choice_form(exchange, **reports, typed, {}, exchange.query("done") == "saved");
}

Response save_my_mentoring_choice(const Exchange& exchange) {
    auto reports = published_cycle(exchange);
    if (!reports) {
        return error_answer(exchange, reports.error());
    }
    app::TypedMentoringChoice typed;
    for (const auto& field : exchange.form) {
        if (field.name == "wants") {
            typed.wants = field.value;
        } else if (field.name == "develop") {
            typed.develop.push_back(field.value);
        } else if (field.name == "strengths") {
            typed.strengths.push_back(field.value);
        } else if (field.name == "capacity") {
            typed.capacity = field.value;
        } else if (field.name != "csrf") {
            return unexpected_field(exchange, field.name);
        }
    }
    const auto person = *exchange.signed_in().user.person;
    auto read = app::read_mentoring_choice(*(*reports)->framework, typed, person.value());
    if (!read.problems.empty()) {
        std::vector<PageError> errors;
        for (const auto& problem : read.problems) {
            errors.push_back({problem.field, problem.message});
        }
        return choice_form(exchange, **reports, typed, errors, false);
    }
    auto kept = exchange.store().mentoring().save_mentoring_choice(exchange.parameters.cycle(), read.choice,
                                                                   exchange.site.clock.now_seconds());
    if (!kept) {
        return error_answer(exchange, kept.error());
    }
    return Response::redirect(my_cycle_href(exchange.parameters.cycle()) + "/mentoring?done=saved");
}

} // namespace leadline::web
