#include "web/views/closing_date_view.hpp"

#include "web/views/admin_cycle_view.hpp"

namespace leadline::web {

std::string closing_date_heading(domain::CycleState state) {
    return state == domain::CycleState::Closed ? "Reopen the cycle" : "Change the closing date";
}

void fill_closing_date(ctemplate::TemplateDictionary& page, const app::CycleOverview& overview,
                       const TypedDate& typed, const std::vector<PageError>& errors,
                       const std::string& csrf_token) {
    const auto& settings = overview.settings;
    const bool closed = overview.state == domain::CycleState::Closed;
    page.SetValue("CYCLE", settings.name);
    page.SetValue("HEADING", closing_date_heading(overview.state));
    page.SetValue(
        "EXPLANATION",
        closed ? "The cycle closed on " + settings.closes_on.display() +
                     ". Reopening it lets raters give or change answers again until the new date; its "
                     "private links work again. Nobody is sent an email: send reminders once it is open."
               : "The cycle closes on " + settings.closes_on.display() +
                     ". Raters can give or change answers until the end of the new date.");
    page.SetValue("EXAMPLE", settings.closes_on.display());
    page.SetValue("LABEL", closed ? "Reopen the cycle until this date" : "Change the closing date");
    page.SetValue("ACTION", admin_cycle_href(overview.id) + "/closing-date");
    page.SetValue("BACK", admin_cycle_href(overview.id));
    page.SetValue("CSRF", csrf_token);
    page.SetValue("DAY", typed.day);
    page.SetValue("MONTH", typed.month);
    page.SetValue("YEAR", typed.year);
    for (const auto& error : errors) {
        page.AddSectionDictionary("DATE_ERROR")->SetValue("MESSAGE", error.message);
    }
}

} // namespace leadline::web
