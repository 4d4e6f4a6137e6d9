#include "web/views/approvals_view.hpp"

#include "app/governance/audit_log.hpp"

namespace leadline::web {

void fill_approvals(ctemplate::TemplateDictionary& page, const std::vector<app::RaterListToApprove>& lists,
                    bool just_approved, const std::string& csrf_token) {
    if (just_approved) {
        page.ShowSection("APPROVED");
    }
    if (lists.empty()) {
        page.ShowSection("NONE");
    }
    for (const auto& list : lists) {
        auto* card = page.AddSectionDictionary("LIST");
        card->SetValue("SUBJECT", list.subject_name);
        card->SetValue("CYCLE", list.cycle_name);
        card->SetValue("CSRF", csrf_token);
        card->SetValue("ACTION", "/me/approvals/" + std::to_string(list.cycle.value()) + "/" +
                                     std::to_string(list.subject.value()));
        for (const auto& rater : list.raters) {
            auto* row = card->AddSectionDictionary("RATER");
            row->SetValue("EMAIL", rater.rater.email);
            row->SetValue("GROUP", std::string(domain::display_name(rater.group)));
        }
    }
}

void fill_approvals_waiting(ctemplate::TemplateDictionary& page, std::size_t waiting) {
    if (waiting > 0) {
        page.AddSectionDictionary("APPROVALS")
            ->SetValue("TEXT", waiting == 1
                                   ? std::string("1 rater list waits for your approval")
                                   : std::to_string(waiting) + " rater lists wait for your approval");
    }
}

std::string approval_in_words(const app::RaterListStanding& standing) {
    if (standing.approval == domain::RaterListApproval::None) {
        return {};
    }
    if (standing.approved) {
        return "Approved by " + standing.approved->by + " on " + app::readable_time(standing.approved->at) +
               ". Raters added since are asked once the list is approved again.";
    }
    return standing.approval == domain::RaterListApproval::LineManager
               ? "Waiting for approval by the line manager (or the HR team). Raters are asked once it is "
                 "approved."
               : "Waiting for approval by the HR team. Raters are asked once it is approved.";
}

} // namespace leadline::web
