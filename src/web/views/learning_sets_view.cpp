#include "web/views/learning_sets_view.hpp"

#include "app/ports/clock.hpp"
#include "domain/people/org_unit.hpp"

namespace leadline::web {

namespace {

std::string saved_on(std::int64_t seconds) {
    return app::date_of(seconds).display();
}

std::string plan_href(std::int64_t id) {
    return std::string(learning_sets_href) + "/" + std::to_string(id);
}

} // namespace

void fill_learning_sets(ctemplate::TemplateDictionary& page,
                        const std::vector<app::LearningSetsSummary>& plans) {
    page.SetValue("NEW", std::string(learning_sets_href) + "/new");
    if (plans.empty()) {
        page.ShowSection("NONE");
    }
    for (const auto& plan : plans) {
        auto* row = page.AddSectionDictionary("PLAN");
        row->SetValue("NAME", plan.name);
        row->SetValue("HREF", plan_href(plan.id));
        row->SetValue("SAVED", saved_on(plan.created_at));
        row->SetIntValue("SETS", static_cast<long>(plan.sets));
        row->SetIntValue("PEOPLE", static_cast<long>(plan.people));
        row->SetValue("STATE",
                      plan.confirmed_at > 0 ? "Confirmed " + saved_on(plan.confirmed_at) : "Not confirmed");
    }
}

void fill_learning_set(ctemplate::TemplateDictionary& page, const app::SavedPlan& shown) {
    const auto& [saved, candidates, plan] = shown;
    page.SetValue("NAME", saved.name);
    page.SetValue("SAVED", saved_on(saved.created_at));
    page.SetValue("CSV", plan_href(saved.id) + ".csv");
    page.SetValue("BACK", learning_sets_href);
    if (saved.cycle) {
        page.AddSectionDictionary("CYCLE")->SetValue("HREF",
                                                     "/admin/cycles/" + std::to_string(saved.cycle->value()));
    }
    for (std::size_t s = 0; s < plan.sets.size(); ++s) {
        auto* set = page.AddSectionDictionary("SET");
        set->SetIntValue("NUMBER", static_cast<long>(s + 1));
        set->SetValue("WHY", domain::describe_set(plan.sets[s]));
        for (const auto m : plan.sets[s].members) {
            const auto& person = candidates.participants[m];
            auto* row = set->AddSectionDictionary("MEMBER");
            row->SetValue("NAME", person.name);
            row->SetValue("EMAIL", person.email);
            row->SetValue("UNIT", domain::join_unit_path(person.unit_path));
            row->SetValue("PROFESSION", person.profession);
            row->SetValue("GRADE", person.grade);
            row->SetValue("REGION", person.region);
        }
    }
}

void fill_learning_set_confirmation(ctemplate::TemplateDictionary& page, const app::SavedLearningSets& saved,
                                    const std::string& csrf, const std::string& done) {
    if (saved.confirmed_at > 0) {
        auto* confirmed = page.AddSectionDictionary("CONFIRMED");
        confirmed->SetValue("DATE", saved_on(saved.confirmed_at));
        if (done == "confirmed") {
            page.ShowSection("CONFIRMED_NOW");
        }
        return;
    }
    auto* form = page.AddSectionDictionary("CONFIRM");
    form->SetValue("ACTION", plan_href(saved.id) + "/confirm");
    form->SetValue("CSRF", csrf);
}

void fill_my_learning_sets(ctemplate::TemplateDictionary& page, const std::vector<app::MyLearningSet>& sets) {
    if (sets.empty()) {
        return;
    }
    auto* section = page.AddSectionDictionary("LEARNING_SETS");
    for (const auto& line : app::first_meeting_agenda()) {
        section->AddSectionDictionary("AGENDA")->SetValue("STEP", line);
    }
    for (const auto& set : sets) {
        auto* shown = section->AddSectionDictionary("SET");
        shown->SetValue("NAME", set.plan_name);
        shown->SetIntValue("NUMBER", static_cast<long>(set.number));
        shown->SetValue("WHY", set.why);
        shown->SetValue("DATE", saved_on(set.confirmed_at));
        for (const auto& member : set.members) {
            auto* row = shown->AddSectionDictionary("MEMBER");
            row->SetValue("NAME", member.is_you ? member.name + " (you)" : member.name);
            row->SetValue("EMAIL", member.email);
            row->SetValue("UNIT", member.unit);
            row->SetValue("PROFESSION", member.profession);
        }
    }
}

} // namespace leadline::web
