#include "web/views/mentoring_choice_view.hpp"

#include <algorithm>

namespace leadline::web {

namespace {

// One checkbox a framework attribute; the first's id is the field's, so the error summary links to it.
void fill_areas(ctemplate::TemplateDictionary& page, const std::string& section, const std::string& field,
                const domain::Framework& framework, const std::vector<std::string>& ticked) {
    bool first = true;
    for (const auto& attribute : framework.attributes) {
        auto* box = page.AddSectionDictionary(section);
        box->SetValue("ID", first ? field : field + "-" + attribute.id.value());
        box->SetValue("VALUE", attribute.id.value());
        box->SetValue("LABEL", attribute.name);
        if (std::find(ticked.begin(), ticked.end(), attribute.id.value()) != ticked.end()) {
            box->ShowSection("CHECKED");
        }
        first = false;
    }
}

} // namespace

void fill_mentoring_choice(ctemplate::TemplateDictionary& page, const std::string& action,
                           const std::string& cycle_name, const domain::Framework& framework,
                           const app::TypedMentoringChoice& typed, const std::vector<PageError>& errors,
                           const std::string& csrf, bool saved) {
    page.SetValue("ACTION", action);
    page.SetValue("CYCLE", cycle_name);
    page.SetValue("CSRF", csrf);
    page.SetValue("CAPACITY", typed.capacity);
    page.SetIntValue("MOST_AREAS", static_cast<long>(app::most_mentoring_areas));
    page.SetIntValue("MOST_MENTEES", app::most_mentees);
    if (typed.wants == "yes") {
        page.ShowSection("WANTS_YES");
    } else if (typed.wants == "no") {
        page.ShowSection("WANTS_NO");
    }
    if (saved) {
        page.ShowSection("SAVED");
    }
    fill_areas(page, "DEVELOP", "develop", framework, typed.develop);
    fill_areas(page, "STRENGTH", "strengths", framework, typed.strengths);
    for (const auto& error : errors) {
        std::string section = error.field_id;
        std::transform(section.begin(), section.end(), section.begin(),
                       [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        page.ShowSection(section + "_ERROR_CLASS");
        page.AddSectionDictionary(section + "_ERROR")->SetValue("MESSAGE", error.message);
    }
}

} // namespace leadline::web
