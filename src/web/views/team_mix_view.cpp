#include "web/views/team_mix_view.hpp"

#include <algorithm>

#include "web/views/figures.hpp"

namespace leadline::web {

namespace {

std::string meaning(domain::TeamPattern pattern) {
    switch (pattern) {
    case domain::TeamPattern::Gap:
        return "A gap: no one stands out";
    case domain::TeamPattern::Dependency:
        return "Carried by one person";
    case domain::TeamPattern::Strong:
        return "A team strength";
    case domain::TeamPattern::Even:
        return "Close to the cycle";
    }
    return "";
}

} // namespace

void fill_team_mix(ctemplate::TemplateDictionary& page, const app::CycleReportSet& reports,
                   const domain::TeamMix& mix) {
    auto* section = page.AddSectionDictionary("MIX");
    const auto& scale = reports.framework->scale;
    section->SetIntValue("LOWEST", scale.lowest());
    section->SetIntValue("HIGHEST", scale.highest());
    section->SetIntValue("MEMBERS", static_cast<long>(mix.members));
    section->SetValue(
        "MARGIN", two_places(domain::carrying_margin(static_cast<double>(scale.highest() - scale.lowest()))));
    ctemplate::TemplateDictionary* gaps = nullptr;
    ctemplate::TemplateDictionary* dependencies = nullptr;
    ctemplate::TemplateDictionary* strengths = nullptr;
    for (const auto& attribute : mix.attributes) {
        auto* row = section->AddSectionDictionary("ROW");
        row->SetValue("NAME", attribute.name);
        if (!attribute.shown) {
            row->ShowSection("HIDDEN");
            continue;
        }
        auto* shown = row->AddSectionDictionary("SHOWN");
        shown->SetValue("TEAM", two_places(attribute.team_mean));
        shown->SetIntValue("PEOPLE", static_cast<long>(attribute.members_with_figure));
        shown->SetValue("NORM", two_places(attribute.norm));
        shown->SetValue("DIFFERENCE", signed_two_places(attribute.difference));
        shown->SetIntValue("CARRIERS", static_cast<long>(attribute.carriers));
        shown->SetValue("MEANING", meaning(attribute.pattern));
        ctemplate::TemplateDictionary** list = attribute.pattern == domain::TeamPattern::Gap ? &gaps
                                               : attribute.pattern == domain::TeamPattern::Dependency
                                                   ? &dependencies
                                               : attribute.pattern == domain::TeamPattern::Strong ? &strengths
                                                                                                  : nullptr;
        if (list == nullptr) {
            continue;
        }
        if (*list == nullptr) {
            *list = section->AddSectionDictionary(list == &gaps           ? "GAPS"
                                                  : list == &dependencies ? "DEPENDENCIES"
                                                                          : "STRENGTHS");
        }
        (*list)->AddSectionDictionary("ITEM")->SetValue("NAME", attribute.name);
    }
}

std::string fill_unit_choice(ctemplate::TemplateDictionary& page, std::vector<domain::OrgUnit> units,
                             std::optional<std::int64_t> chosen, const std::string& page_href) {
    auto* choose = page.AddSectionDictionary("CHOOSE");
    choose->SetValue("PAGE", page_href);
    std::sort(units.begin(), units.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
    std::string chosen_name;
    for (const auto& unit : units) {
        auto* option = choose->AddSectionDictionary("UNIT");
        option->SetIntValue("ID", unit.id.value());
        option->SetValue("NAME", unit.path);
        if (chosen && unit.id.value() == *chosen) {
            option->ShowSection("SELECTED");
            chosen_name = unit.name;
        }
    }
    return chosen_name;
}

} // namespace leadline::web
