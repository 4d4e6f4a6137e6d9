#include "web/views/participant_views.hpp"

#include <map>

#include "web/views/cycle_state_tag.hpp"
#include "web/views/directory_search.hpp"

namespace leadline::web {

namespace {

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

void fill_manager_links(ctemplate::TemplateDictionary& page, const app::ManagerLinks& links) {
    if (!links.teams.empty()) {
        auto* section = page.AddSectionDictionary("TEAMS");
        for (const auto& team : links.teams) {
            auto* item = section->AddSectionDictionary("TEAM");
            item->SetValue("HREF", my_cycle_href(team.cycle) + "/team");
            item->SetValue("CYCLE", team.cycle_name);
        }
    }
    if (!links.reports.empty()) {
        auto* section = page.AddSectionDictionary("MANAGED");
        for (const auto& report : links.reports) {
            auto* item = section->AddSectionDictionary("REPORT");
            item->SetValue("HREF", my_cycle_href(report.cycle) + "/reports/" +
                                       std::to_string(report.subject.value()));
            item->SetValue("SUBJECT", report.subject_name);
            item->SetValue("CYCLE", report.cycle_name);
        }
    }
    if (!links.plans.empty()) {
        auto* section = page.AddSectionDictionary("SHARED_PLANS");
        for (const auto& plan : links.plans) {
            auto* item = section->AddSectionDictionary("PLAN");
            item->SetValue("HREF",
                           my_cycle_href(plan.cycle) + "/plans/" + std::to_string(plan.subject.value()));
            item->SetValue("SUBJECT", plan.subject_name);
            item->SetValue("CYCLE", plan.cycle_name);
        }
    }
}

void fill_self_assessment(ctemplate::TemplateDictionary& page, const MyCyclePage& shown) {
    const auto& view = shown.cycle;
    if (view.state == domain::CycleState::Open) {
        auto* form = page.AddSectionDictionary("SELF_FORM");
        form->SetValue("ACTION", my_cycle_href(view.id) + "/self");
        form->SetValue("CSRF", shown.csrf_token);
        form->SetValue("TEXT",
                       view.self_sent()
                           ? "You have sent your self-assessment. You can change it until the cycle closes."
                           : "Rate yourself on the same behaviours your raters see.");
        form->SetValue("LABEL", view.self_sent() ? "Change your self-assessment" : "Rate yourself");
        return;
    }
    page.AddSectionDictionary("SELF_TEXT")
        ->SetValue("TEXT", view.state == domain::CycleState::Draft
                               ? "You can rate yourself when the cycle opens."
                               : "The cycle has closed.");
}

// What to do about a group with fewer people asked than its minimum, while there is still time; empty
// when the group has enough, or is not expected of this subject.
std::string too_few_text(const domain::GroupProgress& group, domain::CycleState state) {
    if (state != domain::CycleState::Draft && state != domain::CycleState::Open) {
        return "";
    }
    // Peers are expected of everyone; other groups once the subject has asked someone in them (not everyone
    // has direct reports, or partners outside the organisation).
    const bool expected = group.asked() || group.group == domain::RaterGroup::Peer;
    if (!expected || group.nominated >= group.minimum) {
        return "";
    }
    if (group.group == domain::RaterGroup::LineManager) {
        return "The people directory has no line manager for you. Ask your HR team to add them.";
    }
    const auto more = group.minimum - group.nominated;
    return "Ask at least " + std::to_string(more) + " more. With fewer than " +
           std::to_string(group.minimum) + " answers, this group cannot be shown on its own in your report.";
}

void fill_asked(ctemplate::TemplateDictionary& page, const MyCyclePage& shown) {
    const auto& view = shown.cycle;
    for (const auto& group : view.progress.groups) {
        if (group.group == domain::RaterGroup::Self) {
            continue;
        }
        auto* row = page.AddSectionDictionary("GROUP");
        row->SetValue("NAME", std::string(domain::display_name(group.group)));
        bool any = false;
        for (const auto& nomination : view.nominations) {
            if (nomination.group != group.group) {
                continue;
            }
            auto* asked = row->AddSectionDictionary("ASKED");
            asked->SetValue("EMAIL", nomination.rater.email);
            if (view.state == domain::CycleState::Draft) {
                auto* withdraw = asked->AddSectionDictionary("WITHDRAW");
                withdraw->SetValue("ACTION", my_cycle_href(view.id) + "/raters/" +
                                                 std::to_string(nomination.id.value()) + "/withdraw");
                withdraw->SetValue("CSRF", shown.csrf_token);
                withdraw->SetValue("EMAIL", nomination.rater.email);
            }
            any = true;
        }
        if (!any) {
            row->ShowSection("NONE_ASKED");
        }
        row->SetIntValue("ANSWERED", group.submitted);
        row->SetIntValue("MINIMUM", group.minimum);
        if (const auto short_text = too_few_text(group, view.state); !short_text.empty()) {
            row->AddSectionDictionary("TOO_FEW")->SetValue("TEXT", short_text);
            page.ShowSection("ANY_TOO_FEW");
        }
    }
}

void fill_nominate(ctemplate::TemplateDictionary& page, const MyCyclePage& shown) {
    const auto& view = shown.cycle;
    if (view.state != domain::CycleState::Draft && view.state != domain::CycleState::Open) {
        return;
    }
    auto* form = page.AddSectionDictionary("NOMINATE");
    form->SetValue("ACTION", my_cycle_href(view.id) + "/raters");
    form->SetValue("CSRF", shown.csrf_token);
    form->SetValue("EMAIL", shown.typed_email);
    fill_directory_search(*form, shown.search, shown.found, my_cycle_href(view.id), "rater-email",
                          shown.viewer);
    for (auto group : view.settings.rater_groups) {
        // The line manager comes from the people directory, asked when the subject joined the cycle.
        if (group == domain::RaterGroup::Self || group == domain::RaterGroup::LineManager) {
            continue;
        }
        auto* option = form->AddSectionDictionary("GROUP_OPTION");
        const std::string group_id(domain::to_string(group));
        option->SetValue("ID", group_id);
        option->SetValue("LABEL", relationship(group));
        if (shown.typed_group == group_id) {
            option->ShowSection("CHECKED");
        }
    }
    for (const auto& error : shown.errors) {
        form->AddSectionDictionary(error.field_id == "rater-group" ? "GROUP_ERROR" : "EMAIL_ERROR")
            ->SetValue("MESSAGE", error.message);
    }
}

} // namespace

std::string my_cycle_href(domain::CycleId id) {
    return "/me/cycles/" + std::to_string(id.value());
}

void fill_participant_cycles(ctemplate::TemplateDictionary& page,
                             const std::vector<app::ParticipantCycle>& cycles,
                             const app::ManagerLinks& links) {
    if (cycles.empty()) {
        page.ShowSection("NONE");
    }
    for (const auto& cycle : cycles) {
        auto* card = page.AddSectionDictionary("CYCLE");
        card->SetValue("NAME", cycle.settings.name);
        card->SetValue("HREF", my_cycle_href(cycle.id));
        set_cycle_state_tag(*card, cycle.state, StateWords::Participant);
        card->SetValue("CLOSES_ON", cycle.settings.closes_on.display());
        if (cycle.state == domain::CycleState::Published) {
            auto* report = card->AddSectionDictionary("REPORT");
            report->SetValue("HREF", my_cycle_href(cycle.id) + "/report");
            report->SetValue("PLAN", my_cycle_href(cycle.id) + "/plan");
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
    fill_manager_links(page, links);
}

void fill_participant_cycle(ctemplate::TemplateDictionary& page, const MyCyclePage& shown) {
    page.SetValue("NAME", shown.cycle.settings.name);
    page.SetValue("CLOSES_ON", shown.cycle.settings.closes_on.display());
    set_cycle_state_tag(page, shown.cycle.state, StateWords::Participant);
    if (!shown.approval.empty() && shown.cycle.state != domain::CycleState::Published) {
        page.AddSectionDictionary("APPROVAL")->SetValue("TEXT", shown.approval);
    }
    if (shown.cycle.state == domain::CycleState::Published) {
        auto* report = page.AddSectionDictionary("REPORT");
        report->SetValue("HREF", my_cycle_href(shown.cycle.id) + "/report");
        report->SetValue("PLAN", my_cycle_href(shown.cycle.id) + "/plan");
    }
    fill_self_assessment(page, shown);
    fill_asked(page, shown);
    fill_nominate(page, shown);
    const std::map<std::string, std::string> done_messages{
        {"asked",
         "Your request is saved. While the cycle is open, they are sent an email with a private link."},
        {"withdrawn", "They are no longer on your list. Nothing was sent to them."},
    };
    if (const auto done = done_messages.find(shown.done); done != done_messages.end()) {
        page.AddSectionDictionary("DONE")->SetValue("MESSAGE", done->second);
    }
}

} // namespace leadline::web
