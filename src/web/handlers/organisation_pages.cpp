#include "web/handlers/organisation_pages.hpp"

#include "domain/feedback/answer_retention.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/views/organisation_view.hpp"

namespace leadline::web {

namespace {

Response organisation_form(const Exchange& exchange, const domain::OrganisationDetails& shown,
                           const std::string& retention_typed,
                           const std::vector<domain::DetailProblem>& problems, bool saved) {
    ctemplate::TemplateDictionary page("admin_organisation");
    const auto errors = fill_organisation_form(page, shown, retention_typed, problems, saved,
                                               exchange.signed_in().csrf_token);
    const auto viewer = exchange.viewer("/admin/organisation");
    return exchange.pages().page(errors.empty() ? 200 : 400, "Your organisation", "admin_organisation.tpl",
                                 page, errors, &viewer);
}

} // namespace

Response organisation_page(const Exchange& exchange) {
    auto details = exchange.store().organisation().details();
    if (!details) {
        return error_answer(exchange, details.error());
    }
    const auto months = details->answer_retention_months;
    return organisation_form(exchange, *details, months ? std::to_string(*months) : "", {},
                             exchange.query("saved") == "1");
}

Response save_organisation(const Exchange& exchange) {
    domain::OrganisationDetails typed{exchange.field("name"), exchange.field("contact-email"),
                                      exchange.field("privacy-url")};
    const auto retention_typed = exchange.field("answer-retention");
    auto problems = domain::organisation_problems(typed);
    if (auto months = domain::retention_months_from(retention_typed)) {
        typed.answer_retention_months = *months;
    } else {
        problems.push_back({"answer-retention", months.error().message});
    }
    if (!problems.empty()) {
        return organisation_form(exchange, typed, retention_typed, problems, false);
    }
    if (auto saved = exchange.store().organisation().save_details(domain::tidied(typed)); !saved) {
        return error_answer(exchange, saved.error());
    }
    return Response::redirect("/admin/organisation?saved=1");
}

} // namespace leadline::web
