// The admin's mentor matching page for a published cycle, and its CSV: part of AdminHandler, in its
// own file to keep admin_handler.cpp to the cycle journey.
#include "app/development/mentor_planning.hpp"
#include "web/handlers/account_handler.hpp"
#include "web/handlers/admin_handler.hpp"
#include "web/handlers/error_pages.hpp"

namespace leadline::web {

namespace {

constexpr int smallest_capacity = 1;
constexpr int largest_capacity = 10;

} // namespace

Response AdminHandler::mentoring(const Request& request, app::Store& store, const app::SignedIn& who,
                                 domain::CycleId id, bool csv) const {
    const auto viewer = viewer_for(who, "/admin");
    auto reports = m_reports.published(store, id);
    if (!reports) {
        return unpublished(who, reports.error(), "Mentor matching");
    }
    const auto typed = query_value(request.query, "capacity");
    const auto capacity = typed.empty() ? std::optional<long long>(app::MentoringSettings{}.capacity)
                                        : whole_number_between(typed, smallest_capacity, largest_capacity);
    const auto message = "Enter a whole number from " + std::to_string(smallest_capacity) + " to " +
                         std::to_string(largest_capacity);
    if (csv && !capacity) {
        return Response::text(400, message + ".\n");
    }
    app::MentoringSettings settings;
    settings.cycle = id;
    settings.capacity = static_cast<int>(capacity.value_or(settings.capacity));
    auto plan = app::plan_mentoring(store, **reports, settings);
    if (!plan) {
        return problem_page(m_pages);
    }
    const auto page_href = "/admin/cycles/" + std::to_string(id.value()) + "/mentoring";
    if (csv) {
        auto response = Response::text(200, app::mentoring_csv(*plan));
        response.set_header("Content-Type", "text/csv; charset=utf-8");
        response.set_header("Content-Disposition", "attachment; filename=\"mentoring-cycle-" +
                                                       std::to_string(id.value()) + ".csv\"");
        return response;
    }
    ctemplate::TemplateDictionary page("admin_mentoring");
    page.SetValue("CYCLE", plan->cycle_name);
    page.SetValue("PAGE", page_href);
    page.SetValue("BACK", "/admin/cycles/" + std::to_string(id.value()));
    page.SetValue("CAPACITY_TYPED", typed.empty() ? std::to_string(settings.capacity) : typed);
    page.SetValue("CSV", page_href + ".csv?capacity=" + std::to_string(settings.capacity));
    page.SetIntValue("MATCHED", static_cast<long>(plan->matches.size()));
    page.SetIntValue("MENTORS", static_cast<long>(plan->mentors));
    std::vector<PageError> errors;
    if (!capacity) {
        page.AddSectionDictionary("CAPACITY_ERROR")->SetValue("MESSAGE", message);
        errors.push_back({"capacity", message});
    }
    auto rows = plan->matches;
    rows.insert(rows.end(), plan->unmatched.begin(), plan->unmatched.end());
    for (const auto& match : rows) {
        auto* row = page.AddSectionDictionary("MATCH");
        row->SetValue("MENTEE", match.mentee_name);
        row->SetValue("MENTEE_EMAIL", match.mentee_email);
        row->SetValue("MENTOR", match.mentor_name.empty() ? "No mentor" : match.mentor_name);
        row->SetValue("MENTOR_EMAIL", match.mentor_email);
        row->SetValue("REASON", match.reason);
    }
    return m_pages.page(capacity ? 200 : 400, "Mentor matching", "admin_mentoring.tpl", page, errors,
                        &viewer);
}

} // namespace leadline::web
