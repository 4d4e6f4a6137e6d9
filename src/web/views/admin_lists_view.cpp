#include "web/views/admin_lists_view.hpp"

#include "web/views/admin_cycle_view.hpp"
#include "web/views/cycle_state_tag.hpp"

namespace leadline::web {

void fill_admin_cycles(ctemplate::TemplateDictionary& page, const std::vector<app::CycleSummary>& cycles) {
    if (cycles.empty()) {
        page.ShowSection("NO_CYCLES");
    }
    for (const auto& cycle : cycles) {
        auto* row = page.AddSectionDictionary("CYCLE");
        row->SetValue("NAME", cycle.name);
        row->SetValue("HREF", admin_cycle_href(cycle.id));
        row->SetValue("FRAMEWORK", cycle.framework);
        set_cycle_state_tag(*row, cycle.state, StateWords::Admin);
        row->SetIntValue("SUBJECTS", static_cast<long>(cycle.subjects));
    }
}

void fill_admin_outbox(ctemplate::TemplateDictionary& page, const std::vector<app::OutboxMessage>& messages) {
    if (messages.empty()) {
        page.ShowSection("EMPTY");
    }
    for (const auto& message : messages) {
        auto* row = page.AddSectionDictionary("MESSAGE");
        row->SetValue("TO", message.to);
        row->SetValue("SUBJECT", message.subject);
        if (message.sent_at) {
            row->SetValue("STATUS", "Sent");
            row->SetValue("STATUS_COLOUR", "govuk-tag--green");
        } else if (!message.last_error.empty()) {
            row->SetValue("STATUS", "Not sent yet: " + message.last_error);
            row->SetValue("STATUS_COLOUR", "govuk-tag--red");
        } else {
            row->SetValue("STATUS", "Waiting");
            row->SetValue("STATUS_COLOUR", "govuk-tag--grey");
        }
        if (!message.sent_at) {
            row->AddSectionDictionary("BODY")->SetValue("TEXT", message.body);
        }
    }
}

} // namespace leadline::web
