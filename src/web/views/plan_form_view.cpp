#include "web/views/plan_form_view.hpp"

#include <algorithm>

#include "web/views/effort_words.hpp"
#include "web/views/plan_view.hpp"

namespace leadline::web {

namespace {

void add_error(ctemplate::TemplateDictionary& dictionary, const std::vector<PageError>& errors,
               const std::string& field, const char* section) {
    for (const auto& error : errors) {
        if (error.field_id == field) {
            dictionary.AddSectionDictionary(section)->SetValue("MESSAGE", error.message);
            return;
        }
    }
}

void fill_ideas(ctemplate::TemplateDictionary& area, const char* section, const std::string& name,
                const std::vector<domain::DevelopmentIdea>& offered, const std::set<std::size_t>& chosen,
                const std::vector<PageError>& errors) {
    if (offered.empty()) {
        return;
    }
    auto* list = area.AddSectionDictionary(section);
    list->SetValue("NAME", name);
    add_error(*list, errors, name, (std::string(section) + "_ERROR").c_str());
    for (std::size_t i = 0; i < offered.size(); ++i) {
        auto* idea = list->AddSectionDictionary("IDEA");
        idea->SetValue("NAME", name);
        idea->SetIntValue("POSITION", static_cast<long>(i));
        // The first box carries the field's own id, so the error summary's link lands on it.
        idea->SetValue("INPUT_ID", i == 0 ? name : name + "-" + std::to_string(i));
        idea->SetValue("TEXT", offered[i].text);
        idea->SetValue("EFFORT", effort_words(offered[i].effort));
        if (chosen.contains(i)) {
            idea->ShowSection("CHECKED");
        }
    }
}

} // namespace

void fill_plan_form(ctemplate::TemplateDictionary& page, const app::PlanContext& context,
                    const app::PlanForm& form, const std::vector<PageError>& errors,
                    const std::string& csrf_token) {
    const auto& framework = context.framework();
    page.SetValue("CYCLE", context.reports->cycle_name);
    page.SetValue("HEADING", context.plan.revision == 0 ? "Start your development plan" : "Change your plan");
    page.SetValue("ACTION", my_plan_href(context.plan.cycle));
    page.SetValue("BACK", my_plan_href(context.plan.cycle));
    page.SetValue("CSRF", csrf_token);
    page.SetIntValue("REVISION", static_cast<long>(form.revision));
    page.SetIntValue("MOST", static_cast<long>(domain::most_focus_areas));
    add_error(page, errors, "focus", "FOCUS_ERROR");
    const app::TypedFocus untouched;
    for (const auto& attribute : framework.attributes) {
        const auto id = attribute.id.value();
        const auto found = form.focus.find(attribute.id);
        const auto& typed = found != form.focus.end() ? found->second : untouched;
        const bool suggested = std::find(context.suggested.begin(), context.suggested.end(), attribute.id) !=
                               context.suggested.end();
        auto* area = page.AddSectionDictionary("ATTRIBUTE");
        area->SetValue("ID", id);
        area->SetValue("NAME", attribute.name);
        area->SetValue("SUMMARY", attribute.summary);
        area->SetValue("INPUT_ID", &attribute == &framework.attributes.front() ? "focus" : "focus-" + id);
        if (typed.chosen) {
            area->ShowSection("CHOSEN");
        }
        if (suggested) {
            area->ShowSection("SUGGESTED");
        } else {
            auto* why = area->AddSectionDictionary("WHY");
            why->SetValue("ID", id);
            why->SetValue("NAME", attribute.name);
            why->SetValue("TEXT", typed.why);
            add_error(*why, errors, "why-" + id, "ERROR");
        }
        area->SetValue("GOAL", typed.goal);
        add_error(*area, errors, "goal-" + id, "GOAL_ERROR");
        fill_ideas(*area, "STRETCH", "stretch-" + id, attribute.stretch_experiences,
                   typed.stretch_experiences, errors);
        fill_ideas(*area, "MICRO", "micro-" + id, attribute.micro_actions, typed.micro_actions, errors);
        area->SetValue("DAY", typed.review_day);
        area->SetValue("MONTH", typed.review_month);
        area->SetValue("YEAR", typed.review_year);
        for (const auto* part : {"-day", "-month", "-year"}) {
            add_error(*area, errors, "review-" + id + part, "REVIEW_ERROR");
        }
        if (typed.line_manager_helps) {
            area->ShowSection("MANAGER_CHECKED");
        }
        if (typed.mentor_helps) {
            area->ShowSection("MENTOR_CHECKED");
        }
    }
}

} // namespace leadline::web
