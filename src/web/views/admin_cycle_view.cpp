#include "web/views/admin_cycle_view.hpp"

#include <map>

#include "web/views/chasing_view.hpp"
#include "web/views/cycle_state_tag.hpp"
#include "web/views/directory_search.hpp"
#include "web/views/progress_view.hpp"

namespace leadline::web {

namespace {

void fill_settings(ctemplate::TemplateDictionary& page, const AdminCyclePage& shown) {
    const auto& overview = shown.overview;
    const auto& settings = overview.settings;
    page.SetValue("NAME", settings.name);
    set_cycle_state_tag(page, overview.state, StateWords::Admin);
    page.SetValue("FRAMEWORK", shown.framework);
    page.SetValue("OPENS_ON", settings.opens_on.display());
    page.SetValue("CLOSES_ON", settings.closes_on.display());
    page.SetIntValue("COMMENT_MINIMUM", settings.anonymity.comment_minimum());
    page.SetValue("MANAGER_VISIBILITY",
                  settings.anonymity.manager_visibility() == domain::ManagerVisibility::Identified
                      ? "Shown as the line manager's own answers"
                      : "Combined with other raters, not identified");
    page.SetValue("MANAGERS_SEE_REPORTS", settings.line_managers_see_reports
                                              ? "Yes, once the cycle is published"
                                              : "No, only the person and the HR team");
    page.SetValue("APPROVAL", settings.approval == domain::RaterListApproval::LineManager
                                  ? "Each subject's line manager, or the HR team"
                              : settings.approval == domain::RaterListApproval::HrTeam
                                  ? "The HR team"
                                  : "Nobody: raters are asked as they are chosen");
    if (overview.state == domain::CycleState::Published) {
        const auto href = admin_cycle_href(overview.id);
        auto* analysis = page.AddSectionDictionary("HEATMAP");
        analysis->SetValue("HREF", href + "/heatmap");
        analysis->SetValue("TEAM_HREF", href + "/team");
        analysis->SetValue("PROGRAMME_HREF", href + "/programme");
        analysis->SetValue("ZIP_HREF", href + "/reports.zip");
        if (shown.may_change) {
            analysis->AddSectionDictionary("MENTORING")->SetValue("MENTORING_HREF", href + "/mentoring");
        }
    }
    for (auto group : settings.rater_groups) {
        const int minimum = group == domain::RaterGroup::Self ? 1 : settings.anonymity.group_minimum(group);
        auto* setting = page.AddSectionDictionary("GROUP_SETTING");
        setting->SetValue("GROUP", std::string(domain::display_name(group)));
        setting->SetIntValue("MINIMUM", minimum);
        page.AddSectionDictionary("GROUP_HEADER")
            ->SetValue("GROUP", std::string(domain::display_name(group)));
    }
}

void fill_next_step(ctemplate::TemplateDictionary& page, const AdminCyclePage& shown) {
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
        if (step.from == shown.overview.state) {
            auto* next = page.AddSectionDictionary("NEXT_STEP");
            next->SetValue("ACTION", admin_cycle_href(shown.overview.id) + "/" + step.path);
            next->SetValue("CSRF", shown.csrf_token);
            next->SetValue("LABEL", step.label);
            next->SetValue("EXPLANATION", step.explanation);
        }
    }
}

// Changing a draft's settings; a later closing date for an open cycle, or reopening a closed one; the
// pulse's dates for a published one.
void fill_change_link(ctemplate::TemplateDictionary& page, const app::CycleOverview& overview) {
    if (overview.state == domain::CycleState::Draft) {
        auto* link = page.AddSectionDictionary("CLOSING_DATE");
        link->SetValue("HREF", admin_cycle_href(overview.id) + "/settings");
        link->SetValue("LABEL", "Change the settings or dates");
        return;
    }
    if (overview.state == domain::CycleState::Published) {
        auto* link = page.AddSectionDictionary("CLOSING_DATE");
        link->SetValue("HREF", admin_cycle_href(overview.id) + "/pulse");
        link->SetValue("LABEL", "Set the dates of the pulse after this cycle");
        return;
    }
    if (overview.state != domain::CycleState::Open && overview.state != domain::CycleState::Closed) {
        return;
    }
    auto* link = page.AddSectionDictionary("CLOSING_DATE");
    link->SetValue("HREF", admin_cycle_href(overview.id) + "/closing-date");
    link->SetValue("LABEL", overview.state == domain::CycleState::Closed
                                ? "Reopen the cycle with a new closing date"
                                : "Change the closing date");
}

void fill_forms(ctemplate::TemplateDictionary& page, const AdminCyclePage& shown) {
    const auto& overview = shown.overview;
    const auto href = admin_cycle_href(overview.id);
    if (overview.state == domain::CycleState::Draft || overview.state == domain::CycleState::Open) {
        auto* form = page.AddSectionDictionary("ADD_SUBJECT");
        form->SetValue("ACTION", href + "/subjects");
        form->SetValue("BULK_HREF", href + "/add-subjects");
        form->SetValue("CSRF", shown.csrf_token);
        form->SetValue("EMAIL", shown.typed_email);
        fill_directory_search(*form, shown.search, shown.found, href, "subject-email");
        for (const auto& error : shown.errors) {
            if (error.field_id == "subject-email") {
                form->AddSectionDictionary("SUBJECT_ERROR")->SetValue("MESSAGE", error.message);
            }
        }
    }
    if (overview.state == domain::CycleState::Draft || overview.state == domain::CycleState::Open) {
        page.AddSectionDictionary("CHASING")->SetValue("HREF", chasing_href(overview.id));
    }
    if (overview.state != domain::CycleState::Open) {
        return;
    }
    int unanswered = 0;
    for (const auto& subject : overview.subjects) {
        for (const auto& group : subject.groups) {
            unanswered += group.invited - group.submitted;
        }
    }
    if (unanswered > 0) {
        auto* form = page.AddSectionDictionary("REMIND");
        form->SetValue("ACTION", href + "/remind");
        form->SetValue("CSRF", shown.csrf_token);
        form->SetIntValue("UNANSWERED", unanswered);
    }
}

void fill_done(ctemplate::TemplateDictionary& page, const std::string& done) {
    const std::map<std::string, std::string> done_messages{
        {"subject-added", "The subject is added, with their self-assessment. They have an email to sign in."},
        {"subjects-added", "The subjects are added, each with their self-assessment and an email asking them "
                           "to sign in and choose their raters."},
        {"subject-removed", "The subject is taken out of the cycle, with everyone they asked."},
        {"reminded", "Reminders are in the outbox, for raters who have not sent their answers."},
        {"none-due",
         "No reminders were sent: each rater who has not answered was reminded in the last 24 hours "
         "or still has an email waiting in the outbox."},
        {"created", "The cycle is created as a draft. Add its subjects, then open it."},
        {"opened", "The cycle is open: invitations are in the outbox and raters can answer."},
        {"closed", "The cycle is closed: no more answers can be given."},
        {"published", "The reports are published."},
        {"closing-date", "The closing date is changed. Raters can give or change answers until then."},
        {"settings", "The cycle's settings are saved."},
    };
    if (const auto message = done_messages.find(done); message != done_messages.end()) {
        page.AddSectionDictionary("DONE")->SetValue("MESSAGE", message->second);
    }
}

} // namespace

void fill_answer_keeping(ctemplate::TemplateDictionary& page, const app::AnswerKeeping& keeping) {
    page.AddSectionDictionary("ANSWER_KEEPING")
        ->SetValue("TEXT",
                   keeping.deleted_at
                       ? "Deleted on " + app::date_of(*keeping.deleted_at).display() +
                             ", as the retention period asks. The reports read as they were published."
                   : keeping.due ? "Kept until " + keeping.due->display() +
                                       ", then deleted; the reports stay as they are."
                                 : "Kept: no retention period is set on the Organisation page.");
}

std::string admin_cycle_href(domain::CycleId id) {
    return "/admin/cycles/" + std::to_string(id.value());
}

void fill_confirm_step(ctemplate::TemplateDictionary& page, const StepToConfirm& step) {
    page.SetValue("CYCLE", step.cycle_name);
    page.SetValue("HEADING", step.heading);
    for (const auto& paragraph : step.paragraphs) {
        page.AddSectionDictionary("PARAGRAPH")->SetValue("TEXT", paragraph);
    }
    page.SetValue("WARNING", step.warning);
    page.SetValue("LABEL", step.label);
    page.SetValue("ACTION", step.action);
    page.SetValue("CSRF", step.csrf_token);
    page.SetValue("BACK", step.back);
    page.SetValue("BACK_LABEL", step.back_label);
    for (const auto& [name, value] : step.fields) {
        auto* field = page.AddSectionDictionary("FIELD");
        field->SetValue("NAME", name);
        field->SetValue("VALUE", value);
    }
}

void fill_admin_cycle(ctemplate::TemplateDictionary& page, const AdminCyclePage& shown) {
    fill_settings(page, shown);
    fill_progress(page, shown.overview, shown.progress, shown.may_change);
    fill_done(page, shown.done);
    if (!shown.may_change) {
        return;
    }
    fill_next_step(page, shown);
    fill_change_link(page, shown.overview);
    fill_forms(page, shown);
}

} // namespace leadline::web
