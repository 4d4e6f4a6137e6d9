#include "web/views/directory_search.hpp"

#include "web/http/request.hpp"

namespace leadline::web {

namespace {

// Unit, grade and profession, as far as the directory knows them: "Housing/Repairs, Grade 7, Surveyor".
std::string details_of(const domain::Person& person, const DirectoryMatches& found) {
    std::string details;
    auto add = [&](const std::string& part) {
        if (!part.empty()) {
            details.append(details.empty() ? "" : ", ").append(part);
        }
    };
    if (const auto unit = found.unit_paths.find(person.unit.value()); unit != found.unit_paths.end()) {
        add(unit->second);
    }
    add(person.grade);
    add(person.profession);
    return details;
}

std::string more_text(std::size_t more, bool at_least) {
    const auto count = std::to_string(more) + (at_least ? " or more" : "");
    return count + (more == 1 && !at_least ? " more person matches" : " more people match") +
           ". Type more of the name or the email address to find them.";
}

} // namespace

void fill_directory_search(ctemplate::TemplateDictionary& form, const std::string& search,
                           const DirectoryMatches& found, const std::string& page,
                           const std::string& field_id, std::optional<domain::PersonId> leave_out) {
    form.SetValue("PAGE", page);
    form.SetValue("QUERY", search);
    if (search.empty()) {
        return;
    }
    auto* searched = form.AddSectionDictionary("SEARCHED");
    std::size_t listed = 0;
    std::size_t more = 0;
    for (const auto& person : found.people) {
        if (leave_out && person.id == *leave_out) {
            continue;
        }
        if (listed == directory_search_shown) {
            ++more;
            continue;
        }
        auto* result = searched->AddSectionDictionary("RESULT");
        result->SetValue("NAME", person.name);
        result->SetValue("RESULT_EMAIL", person.email);
        if (const auto details = details_of(person, found); !details.empty()) {
            result->AddSectionDictionary("DETAILS")->SetValue("TEXT", details);
        }
        std::string href = page;
        href.append("?email=").append(url_encoded(person.email)).append("#").append(field_id);
        result->SetValue("USE_HREF", href);
        ++listed;
    }
    if (listed == 0) {
        searched->ShowSection("NO_RESULTS");
    }
    if (more > 0) {
        const bool at_least = found.people.size() >= static_cast<std::size_t>(directory_search_counted);
        searched->AddSectionDictionary("MORE")->SetValue("TEXT", more_text(more, at_least));
    }
}

} // namespace leadline::web
