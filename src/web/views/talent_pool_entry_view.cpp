#include "web/views/talent_pool_entry_view.hpp"

#include <chrono>

#include "web/views/talent_labels.hpp"
#include "web/views/talent_pools_view.hpp"

namespace leadline::web {

namespace {

void fill_form(ctemplate::TemplateDictionary& form, const PoolEntry& entry, const TypedPoolEntry& typed,
               const std::vector<PageError>& errors) {
    for (const auto& pool : *entry.pools) {
        auto* option = form.AddSectionDictionary("POOL_OPTION");
        option->SetIntValue("ID", pool.id);
        option->SetValue("NAME", pool.name);
        option->SetValue("PURPOSE", pool.purpose);
        if (typed.pool == std::to_string(pool.id)) {
            option->ShowSection("CHOSEN");
        }
    }
    form.SetValue("DAY", typed.expires.day);
    form.SetValue("MONTH", typed.expires.month);
    form.SetValue("YEAR", typed.expires.year);
    // Two years is a common length for an accelerated scheme; the example shows the format only.
    form.SetValue("EXAMPLE", domain::Date(entry.today.day() + std::chrono::days{730}).display());
    for (const auto& error : errors) {
        form.AddSectionDictionary(error.field_id == "pool" ? "POOL_ERROR" : "DATE_ERROR")
            ->SetValue("MESSAGE", error.message);
    }
}

} // namespace

void fill_talent_pool_entry(ctemplate::TemplateDictionary& page, const PoolEntry& entry,
                            const TypedPoolEntry& typed, const std::vector<PageError>& errors,
                            const std::string& csrf_token) {
    page.SetValue("CSRF", csrf_token);
    page.SetValue("REVIEW", entry.review->name);
    page.SetValue("NAME", entry.name);
    page.SetValue("BACK_HREF", talent_review_href(entry.review->id) + "/people/" +
                                   std::to_string(entry.member->person.value()));
    page.SetValue("POOLS_HREF", talent_pools_href());
    page.SetValue("PLACEMENT", domain::placement_description(entry.member->now));
    for (const auto& place : *entry.places) {
        auto* line = page.AddSectionDictionary("PLACE");
        line->SetValue("POOL", place.pool_name);
        line->SetValue("UNTIL", place.expires_on.display());
        line->SetValue("STATUS", place.expired ? "expired" : "current");
    }
    if (entry.review->stage != app::TalentReviewStage::Closed) {
        page.ShowSection("NOT_CLOSED");
    } else if (entry.member->now.status != domain::PlacementStatus::Placed) {
        page.ShowSection("NOT_PLACED");
    } else if (entry.pools->empty()) {
        page.ShowSection("NO_POOLS");
    } else {
        auto* form = page.AddSectionDictionary("FORM");
        form->SetValue("CSRF", csrf_token);
        form->SetValue("ACTION", talent_review_href(entry.review->id) + "/people/" +
                                     std::to_string(entry.member->person.value()) + "/pool");
        fill_form(*form, entry, typed, errors);
    }
}

} // namespace leadline::web
