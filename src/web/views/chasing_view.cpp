#include "web/views/chasing_view.hpp"

#include <algorithm>
#include <functional>
#include <map>

#include "app/feedback/invitations.hpp"
#include "app/ports/clock.hpp"
#include "web/views/admin_cycle_view.hpp"

namespace leadline::web {

namespace {

// A page of a list: the one asked for, brought within range, and how many there are.
struct ListPage {
    std::size_t page = 1;
    std::size_t pages = 1;
    std::size_t first = 0; // index of the first shown
    std::size_t last = 0;  // one past the last shown
};

ListPage page_of(std::size_t count, std::size_t asked) {
    ListPage shown;
    shown.pages = std::max<std::size_t>(1, (count + chasing_page_size - 1) / chasing_page_size);
    shown.page = std::clamp<std::size_t>(asked, 1, shown.pages);
    shown.first = (shown.page - 1) * chasing_page_size;
    shown.last = std::min(count, shown.first + chasing_page_size);
    return shown;
}

std::string when(std::int64_t at) {
    return at == 0 ? "Never" : app::date_of(at).display();
}

std::string pages_href(domain::CycleId cycle, std::size_t subjects_page, std::size_t raters_page,
                       const char* anchor) {
    return chasing_href(cycle) + "?subjects-page=" + std::to_string(subjects_page) +
           "&raters-page=" + std::to_string(raters_page) + anchor;
}

// Previous and next links for one list, keeping the other list on its page.
void fill_pagination(ctemplate::TemplateDictionary& section, const ListPage& shown,
                     const std::function<std::string(std::size_t)>& href) {
    section.SetIntValue("PAGE", static_cast<long>(shown.page));
    section.SetIntValue("PAGES", static_cast<long>(shown.pages));
    if (shown.page > 1) {
        section.AddSectionDictionary("PREV")->SetValue("HREF", href(shown.page - 1));
    }
    if (shown.page < shown.pages) {
        section.AddSectionDictionary("NEXT")->SetValue("HREF", href(shown.page + 1));
    }
}

std::string counted(std::size_t count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

void fill_subjects(ctemplate::TemplateDictionary& page, const ChasingPage& shown) {
    const auto& subjects = shown.subjects;
    const auto due = static_cast<std::size_t>(std::count_if(
        subjects.begin(), subjects.end(), [&](const auto& s) { return app::due_a_nudge(s, shown.now); }));
    const bool can_choose =
        shown.overview.state == domain::CycleState::Draft || shown.overview.state == domain::CycleState::Open;
    if (subjects.empty()) {
        page.SetValue("SUBJECTS_TEXT", "Every subject has asked enough raters in each group they need.");
        return;
    }
    page.SetValue("SUBJECTS_TEXT", counted(subjects.size(), "subject has", "subjects have") +
                                       " not asked enough raters yet. " +
                                       (!can_choose ? "The cycle has closed, so they can no longer choose."
                                        : due == subjects.size()
                                            ? "Each can be nudged now."
                                            : counted(due, "can", "can") +
                                                  " be nudged now; the others were nudged in the last 24 " +
                                                  "hours or have an email still waiting in the outbox."));
    if (can_choose && due > 0) {
        auto* nudge = page.AddSectionDictionary("NUDGE");
        nudge->SetValue("ACTION", admin_cycle_href(shown.overview.id) + "/nudge");
        nudge->SetValue("CSRF", shown.csrf_token);
        nudge->SetValue("LABEL", "Nudge " + counted(due, "subject", "subjects"));
    }
    const auto listed = page_of(subjects.size(), shown.subjects_page);
    auto* table = page.AddSectionDictionary("SUBJECT_TABLE");
    table->SetValue("CAPTION", "Subjects who have not asked enough raters, by name");
    for (auto i = listed.first; i < listed.last; ++i) {
        const auto& subject = *subjects[i].progress;
        auto* row = table->AddSectionDictionary("SUBJECT");
        row->SetValue("NAME", subject.name);
        row->SetValue("EMAIL", subject.email);
        row->SetValue("UNIT", subject.unit);
        row->SetValue("STANDING", subject.standing() == domain::SubjectStanding::NotNominated
                                      ? "Has asked no one"
                                      : "Too few asked in a group");
        row->SetValue("LAST", when(subjects[i].last_nudged_at) +
                                  (subjects[i].message_waiting ? " (an email is waiting to be sent)" : ""));
    }
    if (listed.pages > 1) {
        fill_pagination(*page.AddSectionDictionary("SUBJECT_PAGES"), listed, [&](std::size_t number) {
            return pages_href(shown.overview.id, number, shown.raters_page, "#subjects");
        });
    }
}

void fill_raters(ctemplate::TemplateDictionary& page, const ChasingPage& shown) {
    const auto& raters = shown.raters;
    const auto due = static_cast<std::size_t>(std::count_if(
        raters.begin(), raters.end(), [&](const auto& r) { return app::due_a_reminder(r, shown.now); }));
    const bool open = shown.overview.state == domain::CycleState::Open;
    if (raters.empty()) {
        page.SetValue("RATERS_TEXT", open ? "Every rater invited has sent their answers."
                                          : "No rater is waiting to answer.");
        return;
    }
    page.SetValue("RATERS_TEXT", counted(raters.size(), "rater has", "raters have") +
                                     " not sent their answers. " +
                                     (!open ? "Reminders go only while the cycle is open."
                                      : due == raters.size()
                                          ? "Each can be reminded now."
                                          : counted(due, "can", "can") +
                                                " be reminded now; the others were reminded in the last " +
                                                "24 hours or have an email still waiting in the outbox."));
    if (open && due > 0) {
        auto* remind = page.AddSectionDictionary("REMIND");
        remind->SetValue("ACTION", admin_cycle_href(shown.overview.id) + "/remind");
        remind->SetValue("CSRF", shown.csrf_token);
        remind->SetValue("LABEL", "Remind " + counted(due, "rater", "raters"));
    }
    const auto listed = page_of(raters.size(), shown.raters_page);
    auto* table = page.AddSectionDictionary("RATER_TABLE");
    table->SetValue("CAPTION",
                    "Raters who have not sent their answers, by the subject they were asked about");
    for (auto i = listed.first; i < listed.last; ++i) {
        const auto& rater = raters[i];
        auto* row = table->AddSectionDictionary("RATER");
        row->SetValue("EMAIL", rater.rater_email);
        row->SetValue("GROUP", std::string(domain::display_name(rater.group)));
        row->SetValue("SUBJECT", rater.subject_name);
        row->SetValue("LAST", when(rater.last_reminded_at) +
                                  (rater.message_waiting ? " (an email is waiting to be sent)" : ""));
    }
    if (listed.pages > 1) {
        fill_pagination(*page.AddSectionDictionary("RATER_PAGES"), listed, [&](std::size_t number) {
            return pages_href(shown.overview.id, shown.subjects_page, number, "#raters");
        });
    }
}

void fill_messages(ctemplate::TemplateDictionary& page, const ChasingPage& shown) {
    const std::map<std::string, std::string> done_messages{
        {"nudged", "Nudges are in the outbox, for subjects who have still to choose raters."},
        {"reminded", "Reminders are in the outbox, for raters who have not sent their answers."},
        {"none-due", "Nothing was sent: everyone on the list was written to in the last 24 hours, or has an "
                     "email still waiting in the outbox."},
    };
    if (const auto message = done_messages.find(shown.done); message != done_messages.end()) {
        page.AddSectionDictionary("DONE")->SetValue("MESSAGE", message->second);
    }
    if (!shown.problem.empty()) {
        page.AddSectionDictionary("PROBLEM")->SetValue("MESSAGE", shown.problem);
    }
}

} // namespace

std::string chasing_href(domain::CycleId cycle) {
    return admin_cycle_href(cycle) + "/chasing";
}

void fill_chasing(ctemplate::TemplateDictionary& page, const ChasingPage& shown) {
    page.SetValue("CYCLE", shown.overview.settings.name);
    page.SetValue("CYCLE_HREF", admin_cycle_href(shown.overview.id));
    fill_messages(page, shown);
    fill_subjects(page, shown);
    fill_raters(page, shown);
}

} // namespace leadline::web
