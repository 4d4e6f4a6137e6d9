#include "web/views/directory_search.hpp"

#include "web/http/request.hpp"

namespace leadline::web {

void fill_directory_search(ctemplate::TemplateDictionary& form, const std::string& search,
                           const std::vector<domain::Person>& found, const std::string& page,
                           const std::string& field_id, std::optional<domain::PersonId> leave_out) {
    form.SetValue("PAGE", page);
    form.SetValue("QUERY", search);
    if (search.empty()) {
        return;
    }
    auto* searched = form.AddSectionDictionary("SEARCHED");
    bool any = false;
    for (const auto& person : found) {
        if (leave_out && person.id == *leave_out) {
            continue;
        }
        auto* result = searched->AddSectionDictionary("RESULT");
        result->SetValue("NAME", person.name);
        result->SetValue("RESULT_EMAIL", person.email);
        std::string href = page;
        href.append("?email=").append(url_encoded(person.email)).append("#").append(field_id);
        result->SetValue("USE_HREF", href);
        any = true;
    }
    if (!any) {
        searched->ShowSection("NO_RESULTS");
    }
}

} // namespace leadline::web
