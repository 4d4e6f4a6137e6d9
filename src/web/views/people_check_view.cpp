#include "web/views/people_check_view.hpp"

#include <vector>

namespace leadline::web {

namespace {

// A page of 5,000 rows helps nobody; the counts say how many there are in all.
constexpr std::size_t people_listed = 300;

void fill_group(ctemplate::TemplateDictionary& page, const std::string& heading,
                const std::vector<app::PersonChange>& people, bool with_changes) {
    if (people.empty()) {
        return;
    }
    auto* group = page.AddSectionDictionary("GROUP");
    group->SetValue("HEADING", heading);
    if (with_changes) {
        group->ShowSection("HAS_CHANGES");
    }
    for (std::size_t i = 0; i < people.size() && i < people_listed; ++i) {
        auto* row = group->AddSectionDictionary("PERSON");
        row->SetValue("NAME", people[i].name);
        row->SetValue("EMAIL", people[i].email);
        if (with_changes) {
            auto* changes = row->AddSectionDictionary("CHANGES");
            for (const auto& difference : people[i].differences) {
                changes->AddSectionDictionary("CHANGE")->SetValue("TEXT", difference);
            }
        }
    }
    if (people.size() > people_listed) {
        auto* more = group->AddSectionDictionary("MORE");
        more->SetValue("MORE_COUNT", std::to_string(people.size() - people_listed));
    }
}

} // namespace

void fill_people_check(ctemplate::TemplateDictionary& page, const app::PeopleImportPlan& plan,
                       const CheckedPeopleFile& file, const std::string& csrf_token) {
    const std::vector<std::pair<std::string, std::size_t>> counts{
        {"Joining", plan.joining.size()},
        {"Changing", plan.changing.size()},
        {"Back after leaving", plan.returning.size()},
        {"Leaving", plan.leaving.size()},
        {"Unchanged", plan.unchanged},
    };
    for (const auto& [label, number] : counts) {
        if (label == "Leaving" && !file.lists_everyone) {
            continue; // a file of some people says nothing about who has left
        }
        auto* count = page.AddSectionDictionary("COUNT");
        count->SetValue("LABEL", label);
        count->SetValue("NUMBER", std::to_string(number));
    }
    if (!plan.changes_anything()) {
        page.ShowSection("NOTHING");
        return;
    }
    if (!plan.leaving.empty()) {
        const auto count = plan.leaving.size();
        page.AddSectionDictionary("LEAVING_WARNING")
            ->SetValue("TEXT", std::to_string(count) + (count == 1 ? " person is" : " people are") +
                                   " not in the file and will be marked as having left. Their past feedback "
                                   "is kept; they will no longer be able to sign in or be chosen for a "
                                   "cycle. If the file should list them, cancel and upload it again.");
    }
    fill_group(page, "Joining", plan.joining, false);
    fill_group(page, "Changing", plan.changing, true);
    fill_group(page, "Back after leaving", plan.returning, true);
    fill_group(page, "Leaving", plan.leaving, false);
    auto* apply = page.AddSectionDictionary("APPLY");
    apply->SetValue("CSRF", csrf_token);
    apply->SetValue("LISTS", file.lists_everyone ? "everyone" : "some");
    apply->SetValue("FILE", file.file_base64);
}

} // namespace leadline::web
