#include "web/views/audit_view.hpp"

#include <algorithm>

#include "app/governance/audit_log.hpp"

namespace leadline::web {

void fill_audit(ctemplate::TemplateDictionary& page, const std::vector<app::AuditEntry>& entries, int total,
                int page_number) {
    const int pages = std::max(1, (total + audit_page_size - 1) / audit_page_size);
    const int first = (page_number - 1) * audit_page_size + 1;
    page.SetValue("SHOWING", total == 0 ? "Nothing has been done yet."
                                        : "Showing " + std::to_string(first) + " to " +
                                              std::to_string(first + static_cast<int>(entries.size()) - 1) +
                                              " of " + std::to_string(total) + ".");
    if (!entries.empty()) {
        auto* table = page.AddSectionDictionary("ENTRIES");
        for (const auto& entry : entries) {
            auto* row = table->AddSectionDictionary("ENTRY");
            row->SetValue("WHEN", app::readable_time(entry.at));
            row->SetValue("WHO", entry.actor);
            row->SetValue("WHAT", entry.action);
            row->SetValue("TARGET", entry.target);
        }
    }
    if (pages < 2) {
        return;
    }
    auto* pagination = page.AddSectionDictionary("PAGINATION");
    pagination->SetIntValue("PAGE", page_number);
    pagination->SetIntValue("PAGES", pages);
    if (page_number > 1) {
        pagination->AddSectionDictionary("PREV")->SetValue("HREF", "/admin/audit?page=" +
                                                                       std::to_string(page_number - 1));
    }
    if (page_number < pages) {
        pagination->AddSectionDictionary("NEXT")->SetValue("HREF", "/admin/audit?page=" +
                                                                       std::to_string(page_number + 1));
    }
}

} // namespace leadline::web
