#include "web/handlers/erase_pages.hpp"

#include "app/governance/erasure.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/views/admin_cycle_view.hpp"
#include "web/views/erase_view.hpp"

namespace leadline::web {

namespace {

Response erase_form(const Exchange& exchange, const std::string& email, const std::string& problem) {
    ctemplate::TemplateDictionary page("admin_erase");
    fill_erase_form(page, email, problem, exchange.signed_in().csrf_token);
    std::vector<PageError> errors;
    if (!problem.empty()) {
        errors.push_back({"email", problem});
    }
    const auto viewer = exchange.viewer("/admin/people");
    return exchange.pages().page(errors.empty() ? 200 : 400, "Erase someone's data", "admin_erase.tpl", page,
                                 errors, &viewer);
}

bool told_in_the_form(domain::ErrorCode code) {
    return code == domain::ErrorCode::NotFound || code == domain::ErrorCode::InvalidInput ||
           code == domain::ErrorCode::FailedPrecondition;
}

} // namespace

Response erase_page(const Exchange& exchange) {
    return erase_form(exchange, "", "");
}

Response erase_person(const Exchange& exchange) {
    const auto email = exchange.field("email");
    if (email.empty()) {
        return erase_form(exchange, email, "Enter the email address of the person to erase");
    }
    auto person = app::check_erasure(exchange.store(), email);
    if (!person) {
        return told_in_the_form(person.error().code) ? erase_form(exchange, email, person.error().message)
                                                     : error_answer(exchange, person.error());
    }
    if (exchange.field("confirmed") != "yes") {
        StepToConfirm question{
            "People",
            "Erase " + person->name + "?",
            {"Everything Leadline holds about " + person->name + " (" + person->email +
                 ") goes: their details, their account, their own reports and the comments "
                 "they wrote.",
             "Ratings they gave others stay in those reports, with nothing to say whose they "
             "were."},
            "This cannot be undone.",
            "Erase " + person->name};
        question.action = "/admin/people/erase";
        question.csrf_token = exchange.signed_in().csrf_token;
        question.back = "/admin/people";
        question.back_label = "Cancel and go back to people";
        question.fields = {{"email", email}};
        ctemplate::TemplateDictionary page("admin_confirm");
        fill_confirm_step(page, question);
        const auto viewer = exchange.viewer("/admin/people");
        return exchange.pages().page(200, question.heading, "admin_confirm.tpl", page, {}, &viewer);
    }
    auto erased = app::erase_person(exchange.store(), email);
    if (!erased) {
        return told_in_the_form(erased.error().code) ? erase_form(exchange, email, erased.error().message)
                                                     : error_answer(exchange, erased.error());
    }
    // Reports kept in memory were drawn with them: drawn again now, so that nobody reads them afterwards.
    for (const auto cycle : erased->published_cycles) {
        if (auto redrawn = exchange.site.published.compute_now(exchange.store(), cycle); !redrawn) {
            return error_answer(exchange, redrawn.error());
        }
    }
    return Response::redirect("/admin/people?erased=1");
}

} // namespace leadline::web
