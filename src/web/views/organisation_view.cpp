#include "web/views/organisation_view.hpp"

#include <array>
#include <utility>

namespace leadline::web {

std::vector<PageError> fill_organisation_form(ctemplate::TemplateDictionary& page,
                                              const domain::OrganisationDetails& shown,
                                              const std::string& retention_typed,
                                              const std::vector<domain::DetailProblem>& problems, bool saved,
                                              const std::string& csrf_token) {
    page.SetValue("CSRF", csrf_token);
    page.SetValue("RETENTION", retention_typed);
    page.SetValue("NAME", shown.name);
    page.SetValue("CONTACT", shown.contact_email);
    page.SetValue("PRIVACY", shown.privacy_url);
    if (saved && problems.empty()) {
        page.ShowSection("SAVED");
    }
    constexpr std::array<std::pair<const char*, const char*>, 4> sections{{
        {"name", "NAME_ERROR"},
        {"contact-email", "CONTACT_ERROR"},
        {"privacy-url", "PRIVACY_ERROR"},
        {"answer-retention", "RETENTION_ERROR"},
    }};
    std::vector<PageError> errors;
    for (const auto& [field, section] : sections) {
        for (const auto& problem : problems) {
            if (problem.field == field) {
                page.AddSectionDictionary(section)->SetValue("MESSAGE", problem.message);
                errors.push_back({problem.field, problem.message});
            }
        }
    }
    return errors;
}

} // namespace leadline::web
