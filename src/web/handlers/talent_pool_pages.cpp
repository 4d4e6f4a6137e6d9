#include "web/handlers/talent_pool_pages.hpp"

#include "app/feedback/cycle_form.hpp"
#include "app/ports/clock.hpp"
#include "app/talent/talent_pools.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/http/request.hpp"
#include "web/views/talent_pool_entry_view.hpp"
#include "web/views/talent_pools_view.hpp"

namespace leadline::web {

namespace {

// The search the address asks for; an indicator filter is "<indicator>:<level>".
domain::PoolSearch search_of(const TypedPoolSearch& typed) {
    domain::PoolSearch search;
    search.pool = positive_id(typed.pool);
    search.profession = typed.profession;
    search.region = typed.region;
    search.include_expired = typed.include_expired;
    if (const auto colon = typed.indicator.rfind(':'); colon != std::string::npos) {
        search.indicator = typed.indicator.substr(0, colon);
        search.at_least =
            static_cast<int>(whole_number_between(typed.indicator.substr(colon + 1), 1, 100).value_or(0));
    }
    return search;
}

Response pools_page(const Exchange& exchange, const TypedPool& typed, const std::vector<PageError>& errors) {
    const TypedPoolSearch typed_search{exchange.query("pool"), exchange.query("profession"),
                                       exchange.query("region"), exchange.query("indicator"),
                                       exchange.query("expired") == "1"};
    const auto today = app::today(exchange.site.clock);
    auto result = app::search_talent_pools(exchange.store(), search_of(typed_search), today);
    if (!result) {
        return error_answer(exchange, result.error());
    }
    PoolsPage shown{
        &*result, {}, today, exchange.query("done") == "removed", exchange.query("done") == "created"};
    for (const auto& loaded : exchange.site.catalog.frameworks()) {
        if (loaded.framework.use == domain::FrameworkUse::TalentReview) {
            shown.frameworks.push_back(&loaded);
        }
    }
    ctemplate::TemplateDictionary page("admin_talent_pools");
    fill_talent_pools(page, shown, typed_search, typed, errors, exchange.signed_in().csrf_token);
    const auto viewer = exchange.viewer("/admin/talent");
    return exchange.pages().page(errors.empty() ? 200 : 400, "Talent pools", "admin_talent_pools.tpl", page,
                                 errors, &viewer);
}

} // namespace

Response talent_pools_page(const Exchange& exchange) {
    return pools_page(exchange, {}, {});
}

Response create_talent_pool_form(const Exchange& exchange) {
    const TypedPool typed{exchange.field("name"), exchange.field("purpose")};
    auto created = app::create_talent_pool(exchange.store(), typed.name, typed.purpose,
                                           exchange.site.clock.now_seconds());
    if (created) {
        return Response::redirect(talent_pools_href() + "?done=created");
    }
    const auto code = created.error().code;
    if (code != domain::ErrorCode::InvalidInput && code != domain::ErrorCode::Conflict) {
        return error_answer(exchange, created.error());
    }
    const bool about_purpose = created.error().message.starts_with("Describe");
    return pools_page(exchange, typed, {{about_purpose ? "purpose" : "name", created.error().message}});
}

namespace {

Response entry_page(const Exchange& exchange, const TypedPoolEntry& typed,
                    const std::vector<PageError>& errors) {
    const auto review_id = exchange.parameters.id("review");
    const auto person = exchange.parameters.person();
    auto review = exchange.store().talent_reviews().review(review_id);
    auto member = exchange.store().talent_reviews().member(review_id, person);
    auto found = exchange.store().people().person(person);
    auto pools = exchange.store().talent_pools().pools();
    const auto today = app::today(exchange.site.clock);
    auto places = app::own_pool_places(exchange.store(), person, today);
    if (!review || !member || !found || !pools || !places) {
        return error_answer(exchange, !review   ? review.error()
                                      : !member ? member.error()
                                      : !found  ? found.error()
                                      : !pools  ? pools.error()
                                                : places.error());
    }
    if (!*review || !*member || !*found) {
        return not_found(exchange);
    }
    const PoolEntry entry{&**review, &**member, (*found)->name, &*pools, &*places, today};
    ctemplate::TemplateDictionary page("admin_talent_pool_entry");
    fill_talent_pool_entry(page, entry, typed, errors, exchange.signed_in().csrf_token);
    const auto viewer = exchange.viewer("/admin/talent");
    return exchange.pages().page(errors.empty() ? 200 : 400, "Add " + (*found)->name + " to a pool",
                                 "admin_talent_pool_entry.tpl", page, errors, &viewer);
}

} // namespace

Response talent_pool_entry_page(const Exchange& exchange) {
    return entry_page(exchange, {}, {});
}

Response add_to_talent_pool_form(const Exchange& exchange) {
    const TypedPoolEntry typed{
        exchange.field("pool"),
        {exchange.field("expires-day"), exchange.field("expires-month"), exchange.field("expires-year")}};
    const auto pool = positive_id(typed.pool);
    std::vector<app::FieldProblem> problems;
    const auto expires = app::read_date_called("expires", "the date their place ends", typed.expires.day,
                                               typed.expires.month, typed.expires.year, problems);
    std::vector<PageError> errors;
    if (!pool) {
        errors.push_back({"pool", "Choose the pool they join."});
    }
    if (!expires) {
        errors.push_back({problems.front().field, problems.front().message});
    }
    if (!errors.empty()) {
        return entry_page(exchange, typed, errors);
    }
    const auto review = exchange.parameters.id("review");
    const auto person = exchange.parameters.person();
    auto added = app::add_to_talent_pool(exchange.store(), review, person, *pool, *expires,
                                         exchange.site.clock.now_seconds());
    if (added) {
        return Response::redirect(talent_pools_href() + "?pool=" + std::to_string(*pool) + "#search");
    }
    if (added.error().code != domain::ErrorCode::InvalidInput) {
        return error_answer(exchange, added.error());
    }
    return entry_page(exchange, typed, {{"expires-day", added.error().message}});
}

Response remove_from_talent_pool(const Exchange& exchange) {
    const auto pool = exchange.parameters.id("pool");
    auto pools = exchange.store().talent_pools().pools();
    if (!pools) {
        return error_answer(exchange, pools.error());
    }
    if (std::none_of(pools->begin(), pools->end(),
                     [&](const app::TalentPool& each) { return each.id == pool; })) {
        return not_found(exchange);
    }
    // Taking out someone already out (a second click) is not an error: the result is what was asked.
    if (auto removed = exchange.store().talent_pools().remove_member(pool, exchange.parameters.person());
        !removed) {
        return error_answer(exchange, removed.error());
    }
    return Response::redirect(talent_pools_href() + "?done=removed");
}

} // namespace leadline::web
