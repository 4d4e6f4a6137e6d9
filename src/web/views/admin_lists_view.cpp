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

namespace {

void fill_message_status(ctemplate::TemplateDictionary& row, const app::OutboxMessage& message,
                         const std::string& csrf_token) {
    const auto action = "/admin/outbox/" + std::to_string(message.id);
    if (message.sent_at) {
        row.SetValue("STATUS", "Sent");
        row.SetValue("STATUS_COLOUR", "govuk-tag--green");
        return;
    }
    if (app::given_up(message)) {
        row.SetValue("STATUS", "Not sent: gave up after " + std::to_string(message.attempts) +
                                   " tries. Check the address, then try again");
        row.SetValue("STATUS_COLOUR", "govuk-tag--red");
    } else if (!message.last_error.empty()) {
        row.SetValue("STATUS", "Not sent yet, will try again");
        row.SetValue("STATUS_COLOUR", "govuk-tag--yellow");
    } else {
        row.SetValue("STATUS", "Waiting");
        row.SetValue("STATUS_COLOUR", "govuk-tag--grey");
    }
    row.AddSectionDictionary("BODY")->SetValue("TEXT", message.body);
    if (!message.last_error.empty()) {
        row.AddSectionDictionary("PROBLEM")->SetValue("TEXT", message.last_error);
    }
    auto* actions = row.AddSectionDictionary("ACTIONS");
    actions->SetValue("CSRF", csrf_token);
    actions->SetValue("SENT_ACTION", action + "/sent");
    actions->SetValue("SUBJECT", message.subject);
    actions->SetValue("TO", message.to);
    if (!message.last_error.empty()) {
        auto* retry = actions->AddSectionDictionary("RETRY");
        retry->SetValue("ACTION", action + "/retry");
        retry->SetValue("CSRF", csrf_token);
        retry->SetValue("TO", message.to);
    }
}

} // namespace

void fill_admin_outbox(ctemplate::TemplateDictionary& page, const std::vector<app::OutboxMessage>& messages,
                       const std::string& done, const std::string& csrf_token) {
    if (messages.empty()) {
        page.ShowSection("EMPTY");
    }
    if (done == "sent") {
        page.AddSectionDictionary("DONE")->SetValue(
            "MESSAGE", "The message is marked as sent, and its text is removed.");
    } else if (done == "retry") {
        page.AddSectionDictionary("DONE")->SetValue("MESSAGE",
                                                    "The message will be tried again within a minute.");
    }
    for (const auto& message : messages) {
        auto* row = page.AddSectionDictionary("MESSAGE");
        row->SetValue("TO", message.to);
        row->SetValue("SUBJECT", message.subject);
        fill_message_status(*row, message, csrf_token);
    }
}

} // namespace leadline::web
