#include "web/handlers/equality_pages.hpp"

#include "app/people/equality_settings.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/views/equality_view.hpp"

namespace leadline::web {

namespace {

Response equality_form(const Exchange& exchange, const std::map<domain::EqualityField, std::string>& shown,
                       const std::vector<domain::CategoryProblem>& problems, bool saved) {
    ctemplate::TemplateDictionary page("admin_equality");
    const auto errors = fill_equality_form(page, shown, problems, saved, exchange.signed_in().csrf_token);
    const auto viewer = exchange.viewer("/admin/equality");
    return exchange.pages().page(errors.empty() ? 200 : 400, "Equality information", "admin_equality.tpl",
                                 page, errors, &viewer);
}

} // namespace

Response equality_page(const Exchange& exchange) {
    auto categories = app::equality_categories_in_use(exchange.store());
    if (!categories) {
        return error_answer(exchange, categories.error());
    }
    return equality_form(exchange, typed_form_of(*categories), {}, exchange.query("saved") == "1");
}

Response save_equality_categories(const Exchange& exchange) {
    std::map<domain::EqualityField, std::string> typed;
    for (const auto field : domain::equality_fields) {
        typed[field] = exchange.field(std::string(domain::equality_column(field)));
    }
    const auto read = domain::read_typed_categories(typed);
    if (!read.problems.empty()) {
        return equality_form(exchange, typed, read.problems, false);
    }
    if (auto saved = exchange.store().equality().save_equality_categories(read.categories); !saved) {
        return error_answer(exchange, saved.error());
    }
    return Response::redirect("/admin/equality?saved=1");
}

} // namespace leadline::web
