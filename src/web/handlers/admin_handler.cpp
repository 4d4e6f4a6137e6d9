#include "web/handlers/admin_handler.hpp"

#include <charconv>
#include <map>

#include "app/feedback/cycle_administration.hpp"
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

std::optional<domain::CycleId> cycle_id(const std::string& text) {
    long long value = 0;
    const auto* end = text.data() + text.size();
    if (text.empty() || std::from_chars(text.data(), end, value).ptr != end || value <= 0) {
        return std::nullopt;
    }
    return domain::CycleId{value};
}

std::string cycle_href(domain::CycleId id) {
    return "/admin/cycles/" + std::to_string(id.value());
}

} // namespace

Response AdminHandler::handle(const Request& request, app::Store& store, const app::SignedIn& who,
                              const std::vector<std::string>& segments) const {
    const bool reading = request.method != Method::Post;
    if (segments.empty() && reading) {
        return cycles(store, who);
    }
    if (segments.size() >= 2 && segments[0] == "cycles") {
        const auto id = cycle_id(segments[1]);
        if (!id) {
            return not_found(who);
        }
        if (segments.size() == 2 && reading) {
            const auto done = request.query.rfind("done=", 0) == 0 ? request.query.substr(5) : "";
            return cycle(store, who, *id, done, {});
        }
        if (segments.size() == 3 && !reading) {
            return advance(store, who, *id, segments[2]);
        }
    }
    return not_found(who);
}

Response AdminHandler::not_found(const app::SignedIn& who) const {
    const auto viewer = viewer_for(who, "/admin");
    return m_pages.message(404, "Page not found",
                           {"If you typed the web address, check it is correct.",
                            "If you followed a link, go back to your cycles."},
                           &viewer);
}

Response AdminHandler::cycle(app::Store& store, const app::SignedIn& who, domain::CycleId id,
                             const std::string& done, const std::vector<PageError>& errors) const {
    app::CycleAdministration administration(store);
    auto overview = administration.overview(id);
    if (!overview) {
        return overview.error().code == domain::ErrorCode::NotFound ? not_found(who) : problem_page(m_pages);
    }
    const auto& settings = overview->settings;
    ctemplate::TemplateDictionary page("admin_cycle");
    page.SetValue("NAME", settings.name);
    page.SetValue("STATE", state_label(overview->state));
    page.SetValue("STATE_COLOUR", state_tag_colour(overview->state));
    page.SetValue("FRAMEWORK", settings.framework.value() + " (version " + settings.framework_version + ")");
    page.SetValue("OPENS_ON", settings.opens_on.display());
    page.SetValue("CLOSES_ON", settings.closes_on.display());
    page.SetIntValue("COMMENT_MINIMUM", settings.anonymity.comment_minimum());
    page.SetValue("MANAGER_VISIBILITY",
                  settings.anonymity.manager_visibility() == domain::ManagerVisibility::Identified
                      ? "Shown as the line manager's own answers"
                      : "Combined with other raters, not identified");
    for (auto group : settings.rater_groups) {
        const int minimum = group == domain::RaterGroup::Self ? 1 : settings.anonymity.group_minimum(group);
        auto* setting = page.AddSectionDictionary("GROUP_SETTING");
        setting->SetValue("GROUP", std::string(domain::display_name(group)));
        setting->SetIntValue("MINIMUM", minimum);
        page.AddSectionDictionary("GROUP_HEADER")
            ->SetValue("GROUP", std::string(domain::display_name(group)));
    }
    page.SetIntValue("SUBJECT_COUNT", static_cast<long>(overview->subjects.size()));
    const int under = overview->subjects_under_minimum();
    page.SetValue("UNDER_MINIMUM_TEXT",
                  under == 0 ? "Every group has enough answers to be shown."
                             : std::to_string(under) + (under == 1 ? " subject has" : " subjects have") +
                                   " a group still under its minimum: it will be merged or left out of "
                                   "their report unless more answers come.");
    for (const auto& subject : overview->subjects) {
        auto* row = page.AddSectionDictionary("SUBJECT");
        row->SetValue("NAME", subject.name);
        row->SetValue("EMAIL", subject.email);
        for (const auto& group : subject.groups) {
            auto* cell = row->AddSectionDictionary("CELL");
            cell->SetIntValue("SUBMITTED", group.submitted);
            cell->SetIntValue("NOMINATED", group.nominated);
            if (group.under_minimum()) {
                cell->AddSectionDictionary("UNDER")->SetIntValue("MINIMUM", group.minimum);
            }
        }
    }
    struct Step {
        domain::CycleState from;
        const char* path;
        const char* label;
        const char* explanation;
    };
    for (const auto& step : {
             Step{domain::CycleState::Draft, "open", "Open the cycle",
                  "Opening lets raters answer. Every subject needs their self-assessment nominated first."},
             Step{domain::CycleState::Open, "close", "Close the cycle",
                  "Closing stops all answers, sent or not. It cannot be undone."},
             Step{domain::CycleState::Closed, "publish", "Publish the reports",
                  "Publishing fixes the reports and lets subjects see theirs. Later answers cannot change "
                  "them."},
         }) {
        if (step.from == overview->state) {
            auto* next = page.AddSectionDictionary("NEXT_STEP");
            next->SetValue("ACTION", cycle_href(id) + "/" + step.path);
            next->SetValue("CSRF", who.csrf_token);
            next->SetValue("LABEL", step.label);
            next->SetValue("EXPLANATION", step.explanation);
        }
    }
    const std::map<std::string, std::string> done_messages{
        {"opened", "The cycle is open: raters can answer."},
        {"closed", "The cycle is closed: no more answers can be given."},
        {"published", "The reports are published."},
    };
    if (const auto message = done_messages.find(done); message != done_messages.end()) {
        page.AddSectionDictionary("DONE")->SetValue("MESSAGE", message->second);
    }
    const auto viewer = viewer_for(who, "/admin");
    return m_pages.page(errors.empty() ? 200 : 409, settings.name, "admin_cycle.tpl", page, errors, &viewer);
}

Response AdminHandler::advance(app::Store& store, const app::SignedIn& who, domain::CycleId id,
                               const std::string& step) const {
    const std::map<std::string, std::pair<app::CycleStep, std::string>> steps{
        {"open", {app::CycleStep::Open, "opened"}},
        {"close", {app::CycleStep::Close, "closed"}},
        {"publish", {app::CycleStep::Publish, "published"}},
    };
    const auto chosen = steps.find(step);
    if (chosen == steps.end()) {
        return not_found(who);
    }
    app::CycleAdministration administration(store);
    auto moved = administration.advance(id, chosen->second.first);
    if (!moved) {
        switch (moved.error().code) {
        case domain::ErrorCode::NotFound:
            return not_found(who);
        case domain::ErrorCode::FailedPrecondition:
            return cycle(store, who, id, "", {{"progress", moved.error().message}});
        default:
            return problem_page(m_pages);
        }
    }
    return Response::redirect(cycle_href(id) + "?done=" + chosen->second.second);
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
