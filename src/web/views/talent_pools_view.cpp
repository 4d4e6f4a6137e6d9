#include "web/views/talent_pools_view.hpp"

namespace leadline::web {

namespace {

void fill_filters(ctemplate::TemplateDictionary& page, const PoolsPage& shown,
                  const TypedPoolSearch& search) {
    for (const auto& pool : shown.result->pools) {
        auto* option = page.AddSectionDictionary("POOL_OPTION");
        option->SetIntValue("ID", pool.id);
        option->SetValue("NAME", pool.name);
        if (search.pool == std::to_string(pool.id)) {
            option->ShowSection("CHOSEN");
        }
    }
    const std::pair<const std::vector<std::string>*, const char*> lists[] = {
        {&shown.result->professions, "PROFESSION_OPTION"}, {&shown.result->regions, "REGION_OPTION"}};
    for (const auto& [values, section] : lists) {
        const auto& typed = values == &shown.result->professions ? search.profession : search.region;
        for (const auto& value : *values) {
            auto* option = page.AddSectionDictionary(section);
            option->SetValue("VALUE", value);
            if (typed == value) {
                option->ShowSection("CHOSEN");
            }
        }
    }
    for (const auto* loaded : shown.frameworks) {
        for (const auto& indicator : loaded->framework.attributes) {
            for (const auto& point : loaded->framework.scale.points) {
                if (point.value <= 1) {
                    continue; // "at least the lowest level" narrows nothing
                }
                auto* option = page.AddSectionDictionary("INDICATOR_OPTION");
                const auto value = indicator.id.value() + ":" + std::to_string(point.value);
                option->SetValue("VALUE", value);
                option->SetValue("LABEL", indicator.name + ": " + point.label + " or above");
                if (search.indicator == value) {
                    option->ShowSection("CHOSEN");
                }
            }
        }
    }
    if (search.include_expired) {
        page.ShowSection("EXPIRED_CHOSEN");
    }
}

std::string levels_text(const app::PoolRow& row, const PoolsPage& shown) {
    std::string text;
    for (const auto* loaded : shown.frameworks) {
        for (const auto& indicator : loaded->framework.attributes) {
            const auto level = row.candidate.levels.find(indicator.id.value());
            if (level == row.candidate.levels.end()) {
                continue;
            }
            for (const auto& point : loaded->framework.scale.points) {
                if (point.value == level->second) {
                    text += (text.empty() ? "" : "; ") + indicator.name + ": " + point.label;
                }
            }
        }
    }
    return text.empty() ? "No levels recorded" : text;
}

void fill_rows(ctemplate::TemplateDictionary& page, const PoolsPage& shown) {
    const auto& result = *shown.result;
    if (result.rows.empty()) {
        page.ShowSection(result.members == 0 ? "NOBODY_YET" : "NONE_MATCH");
        return;
    }
    auto* table = page.AddSectionDictionary("MATCHES");
    table->SetIntValue("COUNT", static_cast<long>(result.rows.size()));
    table->SetValue("PEOPLE", result.rows.size() == 1 ? "person" : "people");
    for (const auto& row : result.rows) {
        auto* line = table->AddSectionDictionary("ROW");
        line->SetValue("NAME", row.name);
        line->SetValue("PERSON_HREF", "/admin/talent/" + std::to_string(row.review) + "/people/" +
                                          std::to_string(row.candidate.person.value()));
        line->SetValue("UNIT", row.unit);
        line->SetValue("PROFESSION",
                       row.candidate.profession.empty() ? "Not recorded" : row.candidate.profession);
        line->SetValue("REGION", row.candidate.region.empty() ? "Not recorded" : row.candidate.region);
        line->SetValue("POOL", row.pool_name);
        line->SetValue("REVIEW", row.review_name);
        line->SetValue("PLACEMENT", domain::placement_description(row.candidate.placement));
        line->SetValue("LEVELS", levels_text(row, shown));
        line->SetValue("UNTIL", row.candidate.expires_on.display());
        line->SetValue("STATUS", row.left ? "Left" : row.expired ? "Expired" : "Current");
        line->SetValue("STATUS_CLASS", row.left || row.expired ? "govuk-tag--grey" : "govuk-tag--green");
        line->SetValue("REMOVE_HREF", talent_pools_href() + "/" + std::to_string(row.candidate.pool) +
                                          "/people/" + std::to_string(row.candidate.person.value()) +
                                          "/remove");
    }
}

} // namespace

std::string talent_pools_href() {
    return "/admin/talent/pools";
}

void fill_talent_pools(ctemplate::TemplateDictionary& page, const PoolsPage& shown,
                       const TypedPoolSearch& search, const TypedPool& typed,
                       const std::vector<PageError>& errors, const std::string& csrf_token) {
    page.SetValue("CSRF", csrf_token);
    if (shown.removed) {
        page.ShowSection("REMOVED");
    }
    if (shown.created) {
        page.ShowSection("CREATED");
    }
    for (const auto& pool : shown.result->pools) {
        auto* line = page.AddSectionDictionary("POOL");
        line->SetValue("NAME", pool.name);
        line->SetValue("PURPOSE", pool.purpose.empty() ? "No description" : pool.purpose);
    }
    if (shown.result->pools.empty()) {
        page.ShowSection("NO_POOLS");
    }
    fill_filters(page, shown, search);
    fill_rows(page, shown);
    page.SetValue("TYPED_NAME", typed.name);
    page.SetValue("TYPED_PURPOSE", typed.purpose);
    for (const auto& error : errors) {
        page.AddSectionDictionary(error.field_id == "purpose" ? "PURPOSE_ERROR" : "NAME_ERROR")
            ->SetValue("MESSAGE", error.message);
    }
}

} // namespace leadline::web
