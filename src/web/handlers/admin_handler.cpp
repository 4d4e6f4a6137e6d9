#include "web/handlers/admin_handler.hpp"

#include "web/handlers/account_handler.hpp"
#include "web/handlers/error_pages.hpp"

namespace leadline::web {

namespace {

std::string state_label(domain::CycleState state) {
    switch (state) {
    case domain::CycleState::Draft:
        return "Draft";
    case domain::CycleState::Open:
        return "Open";
    case domain::CycleState::Closed:
        return "Closed";
    case domain::CycleState::Published:
        return "Published";
    }
    return "Draft";
}

std::string state_tag_colour(domain::CycleState state) {
    switch (state) {
    case domain::CycleState::Draft:
        return "govuk-tag--grey";
    case domain::CycleState::Open:
        return "govuk-tag--blue";
    case domain::CycleState::Closed:
        return "govuk-tag--orange";
    case domain::CycleState::Published:
        return "govuk-tag--green";
    }
    return "govuk-tag--grey";
}

} // namespace

Response AdminHandler::handle(const Request& request, app::Store& store, const app::SignedIn& who,
                              const std::vector<std::string>& segments) const {
    const bool reading = request.method != Method::Post;
    if (segments.empty() && reading) {
        return cycles(store, who);
    }
    const auto viewer = viewer_for(who, "/admin");
    return m_pages.message(404, "Page not found",
                           {"If you typed the web address, check it is correct.",
                            "If you followed a link, go back to your cycles."},
                           &viewer);
}

Response AdminHandler::cycles(app::Store& store, const app::SignedIn& who) const {
    auto all = store.cycles().cycles();
    if (!all) {
        return problem_page(m_pages);
    }
    ctemplate::TemplateDictionary page("admin_cycles");
    if (all->empty()) {
        page.ShowSection("NO_CYCLES");
    }
    for (const auto& cycle : *all) {
        auto* row = page.AddSectionDictionary("CYCLE");
        row->SetValue("NAME", cycle.name);
        row->SetValue("HREF", "/admin/cycles/" + std::to_string(cycle.id.value()));
        row->SetValue("FRAMEWORK", cycle.framework);
        row->SetValue("STATE", state_label(cycle.state));
        row->SetValue("STATE_COLOUR", state_tag_colour(cycle.state));
        row->SetIntValue("SUBJECTS", static_cast<long>(cycle.subjects));
    }
    const auto viewer = viewer_for(who, "/admin");
    return m_pages.page(200, "Feedback cycles", "admin_cycles.tpl", page, {}, &viewer);
}

} // namespace leadline::web
