#include "web/views/equality_view.hpp"

namespace leadline::web {

std::map<domain::EqualityField, std::string> typed_form_of(const domain::EqualityCategories& categories) {
    std::map<domain::EqualityField, std::string> typed;
    for (const auto field : domain::equality_fields) {
        std::string lines;
        for (const auto& value : categories.of(field)) {
            lines += value + "\n";
        }
        typed[field] = lines;
    }
    return typed;
}

std::vector<PageError> fill_equality_form(ctemplate::TemplateDictionary& page,
                                          const std::map<domain::EqualityField, std::string>& shown,
                                          const std::vector<domain::CategoryProblem>& problems, bool saved,
                                          const std::string& csrf_token) {
    page.SetValue("CSRF", csrf_token);
    if (saved && problems.empty()) {
        page.ShowSection("SAVED");
    }
    std::vector<PageError> errors;
    for (const auto field : domain::equality_fields) {
        auto* row = page.AddSectionDictionary("FIELD");
        const std::string column(domain::equality_column(field));
        row->SetValue("ID", column);
        row->SetValue("LABEL", std::string(domain::equality_label(field)));
        const auto typed = shown.find(field);
        row->SetValue("VALUES", typed == shown.end() ? std::string() : typed->second);
        for (const auto& problem : problems) {
            if (problem.field == field) {
                const auto message = std::string(domain::equality_label(field)) + ": " + problem.message;
                row->ShowSection("HAS_ERROR");
                row->AddSectionDictionary("ERROR")->SetValue("MESSAGE", message);
                errors.push_back({column, message});
            }
        }
    }
    return errors;
}

} // namespace leadline::web
