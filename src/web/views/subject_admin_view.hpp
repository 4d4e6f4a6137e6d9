#pragma once

#include <set>
#include <string>

#include <ctemplate/template.h>

#include "app/feedback/rater_list_approval.hpp"
#include "domain/feedback/cycle_progress.hpp"
#include "domain/feedback/feedback_cycle.hpp"
#include "web/views/admin_cycle_view.hpp"

namespace leadline::web {

// One subject of a cycle as HR sees it: who was asked and where each is, with the ways to undo.
struct SubjectAdminPage {
    const domain::FeedbackCycle& cycle;
    const domain::SubjectProgress& subject;
    const std::set<domain::NominationId>& uninvited;  // not invited yet
    const std::set<domain::NominationId>& unanswered; // invited, answers not sent
    std::string done;                                 // "withdrawn": a confirmation; empty for none
    std::string csrf_token;
    const app::RaterListStanding& approval; // whether the cycle wants the list approved, and whether it is
};

// The address of a subject's page in a cycle: "/admin/cycles/12/subjects/40".
[[nodiscard]] std::string admin_subject_href(domain::CycleId cycle, domain::PersonId subject);

// Fills admin_subject.tpl: each rater with their group and where they are, a withdraw button for each
// but the self-assessment while the cycle is a draft or open, and removal of the subject from a draft.
void fill_subject_admin(ctemplate::TemplateDictionary& page, const SubjectAdminPage& shown);

// The question before withdrawing a rater: what goes with them, which cannot be undone.
[[nodiscard]] StepToConfirm withdrawal_question(const domain::FeedbackCycle& cycle,
                                                const domain::Nomination& rater,
                                                const std::string& subject_name);

// The question before taking a subject out of a draft.
[[nodiscard]] StepToConfirm removal_question(const domain::FeedbackCycle& cycle,
                                             const std::string& subject_name);

} // namespace leadline::web
