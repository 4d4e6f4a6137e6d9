#include "web/views/learning_set_form_view.hpp"

#include <cmath>

#include "web/views/learning_sets_view.hpp"

namespace leadline::web {

namespace {

void show_error(ctemplate::TemplateDictionary& page, const std::vector<PageError>& errors,
                const std::string& field, const std::string& section) {
    for (const auto& error : errors) {
        if (error.field_id == field) {
            page.ShowSection(section + "_ERROR_CLASS");
            page.AddSectionDictionary(section + "_ERROR")->SetValue("MESSAGE", error.message);
            return;
        }
    }
}

} // namespace

void fill_learning_set_form(ctemplate::TemplateDictionary& page, const std::vector<app::CycleSummary>& cycles,
                            const app::LearningSetRequest& typed, const std::vector<PageError>& errors,
                            const std::string& csrf) {
    page.SetValue("ACTION", std::string(learning_sets_href) + "/new");
    page.SetValue("BACK", learning_sets_href);
    page.SetValue("CSRF", csrf);
    page.SetValue("NAME", typed.name);
    page.SetValue("SMALLEST", typed.smallest);
    page.SetValue("LARGEST", typed.largest);
    page.SetValue("KEEP_APART", typed.keep_apart);
    page.SetValue("PEOPLE", typed.people);
    if (typed.cycle == "list") {
        page.ShowSection("LIST_CHECKED");
    }
    page.SetValue("BASE_SECONDS", std::to_string(app::set_search_base_seconds));
    page.SetValue("PEOPLE_A_SECOND", std::to_string(app::set_search_people_a_second));
    page.SetValue("MOST_SECONDS", std::to_string(app::set_search_most_seconds));
    bool first = true;
    for (const auto& cycle : cycles) {
        if (cycle.subjects == 0) {
            continue;
        }
        auto* choice = page.AddSectionDictionary("CYCLE");
        const auto id = std::to_string(cycle.id.value());
        choice->SetValue("ID", first ? std::string("cycle") : "cycle-" + id);
        choice->SetValue("VALUE", id);
        choice->SetValue("LABEL", cycle.name);
        choice->SetIntValue("SUBJECTS", static_cast<long>(cycle.subjects));
        choice->SetIntValue("SECONDS",
                            static_cast<long>(std::ceil(app::learning_set_search_seconds(cycle.subjects))));
        if (typed.cycle == id) {
            choice->ShowSection("CHECKED");
        }
        first = false;
    }
    if (first) {
        page.ShowSection("NO_CYCLES");
    }
    page.SetValue("LIST_ID", first ? "cycle" : "cycle-list");
    show_error(page, errors, "name", "NAME");
    show_error(page, errors, "cycle", "CYCLE");
    show_error(page, errors, "smallest", "SIZE");
    show_error(page, errors, "keep-apart", "KEEP_APART");
    show_error(page, errors, "people", "PEOPLE");
}

} // namespace leadline::web
