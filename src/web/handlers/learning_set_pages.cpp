#include "web/handlers/learning_set_pages.hpp"

#include <chrono>

#include "app/development/learning_set_planning.hpp"
#include "domain/core/date.hpp"
#include "domain/people/org_unit.hpp"
#include "web/handlers/account_handler.hpp"
#include "web/handlers/error_pages.hpp"

namespace leadline::web {

namespace {

constexpr auto list_href = "/admin/learning-sets";

std::string saved_on(std::int64_t seconds) {
    return domain::Date(
               std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds{std::chrono::seconds{seconds}}))
        .display();
}

std::string plan_href(std::int64_t id) {
    return std::string(list_href) + "/" + std::to_string(id);
}

} // namespace

Response LearningSetPages::list(app::Store& store, const app::SignedIn& who) const {
    auto plans = store.learning_sets().learning_set_plans();
    if (!plans) {
        return problem_page(m_pages);
    }
    ctemplate::TemplateDictionary page("admin_learning_sets");
    if (plans->empty()) {
        page.ShowSection("NONE");
    }
    for (const auto& plan : *plans) {
        auto* row = page.AddSectionDictionary("PLAN");
        row->SetValue("NAME", plan.name);
        row->SetValue("HREF", plan_href(plan.id));
        row->SetValue("SAVED", saved_on(plan.created_at));
        row->SetIntValue("SETS", static_cast<long>(plan.sets));
        row->SetIntValue("PEOPLE", static_cast<long>(plan.people));
    }
    const auto viewer = viewer_for(who, list_href);
    return m_pages.page(200, "Learning sets", "admin_learning_sets.tpl", page, {}, &viewer);
}

Response LearningSetPages::plan(app::Store& store, const app::SignedIn& who, std::int64_t id,
                                bool csv) const {
    const auto viewer = viewer_for(who, list_href);
    auto loaded = app::load_learning_sets(store, id);
    if (!loaded) {
        return problem_page(m_pages);
    }
    if (!*loaded) {
        return m_pages.message(404, "Page not found",
                               {"There are no saved learning sets at this address.",
                                "Go back to the learning sets to see those that are saved."},
                               &viewer);
    }
    const auto& [saved, candidates, plan] = **loaded;
    if (csv) {
        auto response = Response::text(200, app::learning_sets_csv(candidates, plan));
        response.set_header("Content-Type", "text/csv; charset=utf-8");
        response.set_header("Content-Disposition",
                            "attachment; filename=\"learning-sets-" + std::to_string(id) + ".csv\"");
        return response;
    }
    ctemplate::TemplateDictionary page("admin_learning_set");
    page.SetValue("NAME", saved.name);
    page.SetValue("SAVED", saved_on(saved.created_at));
    page.SetValue("CSV", plan_href(id) + ".csv");
    page.SetValue("BACK", list_href);
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
    return m_pages.page(200, saved.name, "admin_learning_set.tpl", page, {}, &viewer);
}

} // namespace leadline::web
