#include "web/handlers/participant_handler.hpp"

#include <charconv>
#include <map>

#include "app/feedback/enrolment.hpp"
#include "app/reporting/report_access.hpp"
#include "app/reporting/team_mix_report.hpp"
#include "web/handlers/account_handler.hpp"
#include "web/handlers/error_pages.hpp"
#include "web/views/directory_search.hpp"
#include "web/views/team_mix_view.hpp"

namespace leadline::web {

namespace {

std::optional<domain::CycleId> cycle_id(const std::string& text) {
    const auto id = positive_id(text);
    return id ? std::optional<domain::CycleId>(domain::CycleId{*id}) : std::nullopt;
}

std::string cycle_href(domain::CycleId id) {
    return "/me/cycles/" + std::to_string(id.value());
}

// How the form asks "who are they to you?", one answer per group.
std::string relationship(domain::RaterGroup group) {
    switch (group) {
    case domain::RaterGroup::LineManager:
        return "My line manager";
    case domain::RaterGroup::Peer:
        return "A peer: someone I work alongside";
    case domain::RaterGroup::DirectReport:
        return "Someone who reports to me";
    case domain::RaterGroup::Partner:
        return "A partner from another organisation";
    case domain::RaterGroup::ServiceUser:
        return "Someone who uses our services";
    default:
        return "Someone else";
    }
}

std::pair<std::string, std::string> state_tag(domain::CycleState state) {
    switch (state) {
    case domain::CycleState::Draft:
        return {"Not open yet", "govuk-tag--grey"};
    case domain::CycleState::Open:
        return {"Open", "govuk-tag--blue"};
    case domain::CycleState::Closed:
        return {"Closed", "govuk-tag--orange"};
    case domain::CycleState::Published:
        return {"Report published", "govuk-tag--green"};
    }
    return {"", ""};
}

} // namespace

Response ParticipantHandler::handle(const Request& request, app::Store& store, const app::SignedIn& who,
                                    const std::vector<std::string>& segments) const {
    const bool reading = request.method != Method::Post;
    if (!who.user.person) {
        const auto viewer = viewer_for(who, "/me");
        return m_pages.message(
            200, "Your feedback",
            {"Your account is not linked to anyone in the people directory, so there is no "
             "feedback to show. Ask your HR team."},
            &viewer);
    }
    if (segments.empty() && reading) {
        return cycles(store, who);
    }
    if (segments.size() >= 2 && segments[0] == "cycles") {
        const auto id = cycle_id(segments[1]);
        if (!id) {
            return not_found(who);
        }
        if (segments.size() == 2 && reading) {
            return cycle(request, store, who, *id, {query_value(request.query, "email"), ""}, {});
        }
        if (segments.size() == 3 && segments[2] == "report" && reading) {
            return m_reports.page(store, who, *id, *who.user.person, "/me", "/me");
        }
        if (segments.size() == 3 && segments[2] == "team" && reading) {
            return team(store, who, *id);
        }
        if (segments.size() == 4 && segments[2] == "reports" && reading) {
            return managed_report(store, who, *id, segments[3]);
        }
        if (segments.size() == 3 && segments[2] == "raters" && !reading) {
            return nominate(request, store, who, *id);
        }
        if (segments.size() == 3 && segments[2] == "self" && !reading) {
            return self_assessment(store, who, *id);
        }
        if (segments.size() == 5 && segments[2] == "raters" && segments[4] == "withdraw" && !reading) {
            const auto nomination = positive_id(segments[3]);
            if (!nomination) {
                return not_found(who);
            }
            return withdraw(store, who, *id, domain::NominationId{*nomination});
        }
    }
    return not_found(who);
}

Response ParticipantHandler::managed_report(app::Store& store, const app::SignedIn& who, domain::CycleId id,
                                            const std::string& person) const {
    const auto subject = positive_id(person);
    if (!subject) {
        return not_found(who);
    }
    auto reader = app::report_reader(store, who.user, id, domain::PersonId{*subject});
    if (!reader) {
        return problem_page(m_pages);
    }
    // Someone else's report reads as missing, whether or not it exists.
    if (!*reader) {
        return not_found(who);
    }
    return m_reports.page(store, who, id, domain::PersonId{*subject}, "/me", "/me");
}

Response ParticipantHandler::team(app::Store& store, const app::SignedIn& who, domain::CycleId id) const {
    const auto viewer = viewer_for(who, "/me");
    auto members = app::team_in_cycle(store, id, *who.user.person, who.user.email);
    if (!members) {
        return members.error().code == domain::ErrorCode::NotFound ? not_found(who) : problem_page(m_pages);
    }
    if (members->empty()) {
        return not_found(who);
    }
    auto reports = m_reports.published(store, id);
    if (!reports) {
        if (reports.error().code == domain::ErrorCode::FailedPrecondition) {
            return m_pages.message(
                409, "Not ready yet",
                {"Your team's mix is drawn from the reports, which are ready once the cycle "
                 "is published."},
                &viewer);
        }
        return problem_page(m_pages);
    }
    const auto k = app::team_mix_minimum_for(store, id);
    const auto shown = domain::team_mix_for_non_admins(app::team_mix_of(**reports, *members), k);
    ctemplate::TemplateDictionary page("team_mix");
    page.SetValue("CYCLE", (*reports)->cycle_name);
    page.SetValue("HEADING", "Your team's right mix");
    page.SetValue("BACK", "/me");
    if (shown) {
        fill_team_mix(page, **reports, *shown);
    } else {
        page.AddSectionDictionary("NOT_ENOUGH")
            ->SetValue("TEXT", "Your team's mix is shown when at least " + std::to_string(k) +
                                   " of the people you line-managed in this cycle have reports, so that no "
                                   "one's scores can be read from it. Your HR team can see it for a larger "
                                   "unit.");
    }
    return m_pages.page(200, "Your team's right mix", "team_mix.tpl", page, {}, &viewer);
}

Response ParticipantHandler::not_found(const app::SignedIn& who) const {
    const auto viewer = viewer_for(who, "/me");
    return m_pages.message(404, "Page not found",
                           {"If you typed the web address, check it is correct.",
                            "If you followed a link, go back to your feedback."},
                           &viewer);
}

Response ParticipantHandler::cycles(app::Store& store, const app::SignedIn& who) const {
    auto all = app::ParticipantCycles(store, m_clock).of(*who.user.person);
    if (!all) {
        return problem_page(m_pages);
    }
    ctemplate::TemplateDictionary page("participant_cycles");
    if (all->empty()) {
        page.ShowSection("NONE");
    }
    for (const auto& cycle : *all) {
        auto* card = page.AddSectionDictionary("CYCLE");
        card->SetValue("NAME", cycle.settings.name);
        card->SetValue("HREF", cycle_href(cycle.id));
        const auto [label, colour] = state_tag(cycle.state);
        card->SetValue("STATE", label);
        card->SetValue("STATE_COLOUR", colour);
        card->SetValue("CLOSES_ON", cycle.settings.closes_on.display());
        if (cycle.state == domain::CycleState::Published) {
            card->AddSectionDictionary("REPORT")->SetValue("HREF", cycle_href(cycle.id) + "/report");
        }
        int asked = 0;
        int answered = 0;
        for (const auto& group : cycle.progress.groups) {
            if (group.group != domain::RaterGroup::Self) {
                asked += group.nominated;
                answered += group.submitted;
            }
        }
        card->SetIntValue("ASKED", asked);
        card->SetIntValue("ANSWERED", answered);
    }
    auto links = app::manager_links(store, *who.user.person, who.user.email);
    if (!links) {
        return problem_page(m_pages);
    }
    if (!links->teams.empty()) {
        auto* section = page.AddSectionDictionary("TEAMS");
        for (const auto& team : links->teams) {
            auto* item = section->AddSectionDictionary("TEAM");
            item->SetValue("HREF", cycle_href(team.cycle) + "/team");
            item->SetValue("CYCLE", team.cycle_name);
        }
    }
    if (!links->reports.empty()) {
        auto* section = page.AddSectionDictionary("MANAGED");
        for (const auto& report : links->reports) {
            auto* item = section->AddSectionDictionary("REPORT");
            item->SetValue("HREF",
                           cycle_href(report.cycle) + "/reports/" + std::to_string(report.subject.value()));
            item->SetValue("SUBJECT", report.subject_name);
            item->SetValue("CYCLE", report.cycle_name);
        }
    }
    const auto viewer = viewer_for(who, "/me");
    return m_pages.page(200, "Your feedback", "participant_cycles.tpl", page, {}, &viewer);
}

Response ParticipantHandler::cycle(const Request& request, app::Store& store, const app::SignedIn& who,
                                   domain::CycleId id, const Asked& asked,
                                   const std::vector<PageError>& errors) const {
    auto found = app::ParticipantCycles(store, m_clock).one(*who.user.person, id);
    if (!found) {
        return problem_page(m_pages);
    }
    if (!*found) {
        return not_found(who);
    }
    const auto& view = **found;
    ctemplate::TemplateDictionary page("participant_cycle");
    page.SetValue("NAME", view.settings.name);
    page.SetValue("CLOSES_ON", view.settings.closes_on.display());
    const auto [label, colour] = state_tag(view.state);
    page.SetValue("STATE", label);
    page.SetValue("STATE_COLOUR", colour);

    if (view.state == domain::CycleState::Open) {
        auto* form = page.AddSectionDictionary("SELF_FORM");
        form->SetValue("ACTION", cycle_href(id) + "/self");
        form->SetValue("CSRF", who.csrf_token);
        form->SetValue("TEXT", view.self_sent()
                                   ? "You have sent your self-assessment. You can change it until the "
                                     "cycle closes."
                                   : "Rate yourself on the same behaviours your raters see.");
        form->SetValue("LABEL", view.self_sent() ? "Change your self-assessment" : "Rate yourself");
    } else {
        page.AddSectionDictionary("SELF_TEXT")
            ->SetValue("TEXT", view.state == domain::CycleState::Draft
                                   ? "You can rate yourself when the cycle opens."
                                   : "The cycle has closed.");
    }

    for (const auto& group : view.progress.groups) {
        if (group.group == domain::RaterGroup::Self) {
            continue;
        }
        auto* row = page.AddSectionDictionary("GROUP");
        row->SetValue("NAME", std::string(domain::display_name(group.group)));
        bool any = false;
        for (const auto& nomination : view.nominations) {
            if (nomination.group == group.group) {
                auto* asked_one = row->AddSectionDictionary("ASKED");
                asked_one->SetValue("EMAIL", nomination.rater.email);
                if (view.state == domain::CycleState::Draft) {
                    auto* withdraw = asked_one->AddSectionDictionary("WITHDRAW");
                    withdraw->SetValue("ACTION", cycle_href(id) + "/raters/" +
                                                     std::to_string(nomination.id.value()) + "/withdraw");
                    withdraw->SetValue("CSRF", who.csrf_token);
                    withdraw->SetValue("EMAIL", nomination.rater.email);
                }
                any = true;
            }
        }
        if (!any) {
            row->ShowSection("NONE_ASKED");
        }
        row->SetIntValue("ANSWERED", group.submitted);
        row->SetIntValue("MINIMUM", group.minimum);
    }

    if (view.state == domain::CycleState::Draft || view.state == domain::CycleState::Open) {
        auto* form = page.AddSectionDictionary("NOMINATE");
        form->SetValue("ACTION", cycle_href(id) + "/raters");
        form->SetValue("CSRF", who.csrf_token);
        form->SetValue("EMAIL", asked.email);
        if (!show_directory_search(*form, store, query_value(request.query, "q"), cycle_href(id),
                                   "rater-email", who.user.person)) {
            return problem_page(m_pages);
        }
        for (auto group : view.settings.rater_groups) {
            if (group == domain::RaterGroup::Self) {
                continue;
            }
            auto* option = form->AddSectionDictionary("GROUP_OPTION");
            const std::string group_id(domain::to_string(group));
            option->SetValue("ID", group_id);
            option->SetValue("LABEL", relationship(group));
            if (asked.group == group_id) {
                option->ShowSection("CHECKED");
            }
        }
        for (const auto& error : errors) {
            form->AddSectionDictionary(error.field_id == "rater-group" ? "GROUP_ERROR" : "EMAIL_ERROR")
                ->SetValue("MESSAGE", error.message);
        }
    }
    const std::map<std::string, std::string> done_messages{
        {"asked",
         "Your request is saved. While the cycle is open, they are sent an email with a private link."},
        {"withdrawn", "They are no longer on your list. Nothing was sent to them."},
    };
    if (const auto done = done_messages.find(query_value(request.query, "done"));
        done != done_messages.end()) {
        page.AddSectionDictionary("DONE")->SetValue("MESSAGE", done->second);
    }
    const auto viewer = viewer_for(who, "/me");
    return m_pages.page(errors.empty() ? 200 : 400, view.settings.name, "participant_cycle.tpl", page, errors,
                        &viewer);
}

Response ParticipantHandler::nominate(const Request& request, app::Store& store, const app::SignedIn& who,
                                      domain::CycleId id) const {
    Asked asked;
    for (const auto& field : parse_form(request.body).value_or(std::vector<FormField>{})) {
        if (field.name == "email") {
            asked.email = field.value;
        } else if (field.name == "group") {
            asked.group = field.value;
        } else if (field.name != "csrf") {
            return m_pages.message(400, "There is a problem with what was sent",
                                   {"The form sent a field it does not have (\"" + field.name +
                                    "\"). Go back, reload the page and try again."});
        }
    }
    Request page_request = request;
    page_request.query.clear();
    std::vector<PageError> errors;
    if (asked.email.empty()) {
        errors.push_back({"rater-email", "Enter the email address of the person to ask"});
    }
    const auto group = domain::rater_group_from_string(asked.group);
    if (!group || *group == domain::RaterGroup::Self) {
        errors.push_back({"rater-group", "Say who they are to you"});
    }
    if (!errors.empty()) {
        return cycle(page_request, store, who, id, asked, errors);
    }
    auto found = app::ParticipantCycles(store, m_clock).one(*who.user.person, id);
    if (!found) {
        return problem_page(m_pages);
    }
    if (!*found) {
        return not_found(who);
    }
    auto nominated =
        app::Enrolment(store, m_clock, m_base_url).nominate(id, *who.user.person, *group, asked.email);
    if (!nominated) {
        switch (nominated.error().code) {
        case domain::ErrorCode::InvalidInput:
        case domain::ErrorCode::NotFound:
        case domain::ErrorCode::Conflict:
        case domain::ErrorCode::FailedPrecondition:
            return cycle(page_request, store, who, id, asked, {{"rater-email", nominated.error().message}});
        default:
            return problem_page(m_pages);
        }
    }
    return Response::redirect(cycle_href(id) + "?done=asked");
}

Response ParticipantHandler::self_assessment(app::Store& store, const app::SignedIn& who,
                                             domain::CycleId id) const {
    auto token = app::ParticipantCycles(store, m_clock).self_assessment_token(*who.user.person, id);
    if (!token) {
        if (token.error().code == domain::ErrorCode::NotFound) {
            return not_found(who);
        }
        if (token.error().code == domain::ErrorCode::FailedPrecondition) {
            const auto viewer = viewer_for(who, "/me");
            return m_pages.message(409, "You cannot rate yourself yet", {token.error().message}, &viewer);
        }
        return problem_page(m_pages);
    }
    return Response::redirect("/r/" + *token);
}

Response ParticipantHandler::withdraw(app::Store& store, const app::SignedIn& who, domain::CycleId id,
                                      domain::NominationId nomination) const {
    auto withdrawn = app::Enrolment(store, m_clock, m_base_url).withdraw(id, *who.user.person, nomination);
    if (!withdrawn) {
        const auto viewer = viewer_for(who, "/me");
        switch (withdrawn.error().code) {
        case domain::ErrorCode::NotFound:
            return not_found(who);
        case domain::ErrorCode::InvalidInput:
        case domain::ErrorCode::FailedPrecondition:
        case domain::ErrorCode::Conflict:
            return m_pages.message(409, "You cannot remove this rater", {withdrawn.error().message}, &viewer);
        default:
            return problem_page(m_pages);
        }
    }
    return Response::redirect(cycle_href(id) + "?done=withdrawn");
}

} // namespace leadline::web
