#include "web/views/subject_admin_view.hpp"

#include "web/views/approvals_view.hpp"

namespace leadline::web {

namespace {

std::string where_they_are(const domain::Nomination& rater, const SubjectAdminPage& shown) {
    const bool list_waiting =
        shown.approval.approval != domain::RaterListApproval::None && !shown.approval.approved;
    if (shown.uninvited.count(rater.id) > 0 && list_waiting && rater.group != domain::RaterGroup::Self) {
        return "Asked once the list is approved";
    }
    if (shown.uninvited.count(rater.id) > 0) {
        return shown.cycle.state() == domain::CycleState::Draft ? "Invited when the cycle opens"
                                                                : "Not invited yet";
    }
    if (shown.unanswered.count(rater.id) > 0) {
        return "Invited, not answered yet";
    }
    return "Answered";
}

} // namespace

std::string admin_subject_href(domain::CycleId cycle, domain::PersonId subject) {
    return admin_cycle_href(cycle) + "/subjects/" + std::to_string(subject.value());
}

void fill_subject_admin(ctemplate::TemplateDictionary& page, const SubjectAdminPage& shown) {
    const auto& cycle = shown.cycle;
    const auto& subject = shown.subject;
    page.SetValue("CYCLE", cycle.settings().name);
    page.SetValue("CYCLE_HREF", admin_cycle_href(cycle.id()));
    page.SetValue("NAME", subject.name);
    page.SetValue("EMAIL", subject.email);
    page.SetValue("UNIT", subject.unit);
    if (shown.done == "withdrawn") {
        page.AddSectionDictionary("DONE")->SetValue(
            "MESSAGE", "The rater is withdrawn, and anything they answered is deleted.");
    }
    if (shown.done == "approved") {
        page.AddSectionDictionary("DONE")->SetValue(
            "MESSAGE", "The rater list is approved. If the cycle is open, its raters are invited now.");
    }
    const bool can_change =
        cycle.state() == domain::CycleState::Draft || cycle.state() == domain::CycleState::Open;
    for (const auto& rater : cycle.nominations()) {
        if (rater.subject != subject.subject) {
            continue;
        }
        auto* row = page.AddSectionDictionary("RATER");
        row->SetValue("EMAIL", rater.rater.email);
        row->SetValue("GROUP", std::string(domain::display_name(rater.group)));
        row->SetValue("WHERE", where_they_are(rater, shown));
        if (can_change && rater.group != domain::RaterGroup::Self) {
            auto* withdraw = row->AddSectionDictionary("WITHDRAW");
            withdraw->SetValue("ACTION", admin_cycle_href(cycle.id()) + "/raters/" +
                                             std::to_string(rater.id.value()) + "/withdraw");
            withdraw->SetValue("CSRF", shown.csrf_token);
            withdraw->SetValue("EMAIL", rater.rater.email);
        }
    }
    if (const auto words = approval_in_words(shown.approval); !words.empty()) {
        auto* approval = page.AddSectionDictionary("APPROVAL");
        approval->SetValue("TEXT", words);
        if (can_change && !shown.approval.approved) {
            auto* form = approval->AddSectionDictionary("APPROVE");
            form->SetValue("ACTION", admin_subject_href(cycle.id(), subject.subject) + "/approve");
            form->SetValue("CSRF", shown.csrf_token);
        }
    }
    if (cycle.state() == domain::CycleState::Draft) {
        auto* remove = page.AddSectionDictionary("REMOVE");
        remove->SetValue("ACTION", admin_subject_href(cycle.id(), subject.subject) + "/remove");
        remove->SetValue("CSRF", shown.csrf_token);
        remove->SetValue("NAME", subject.name);
    }
}

StepToConfirm withdrawal_question(const domain::FeedbackCycle& cycle, const domain::Nomination& rater,
                                  const std::string& subject_name) {
    return {cycle.settings().name,
            "Withdraw " + rater.rater.email + "?",
            {"They will no longer be asked for feedback for " + subject_name +
                 ", and their private link will stop working.",
             "If they have answered, their answers and comments are deleted, and " + subject_name +
                 "'s counts simply fall by one: nothing records who was withdrawn."},
            "Their answers cannot be brought back.",
            "Withdraw " + rater.rater.email};
}

StepToConfirm removal_question(const domain::FeedbackCycle& cycle, const std::string& subject_name) {
    return {cycle.settings().name,
            "Remove " + subject_name + " from the cycle?",
            {"They will not be asked to rate themselves, and no one they asked will be invited.",
             "They can be added again before the cycle opens."},
            "Everyone they asked is removed with them.",
            "Remove " + subject_name};
}

} // namespace leadline::web
