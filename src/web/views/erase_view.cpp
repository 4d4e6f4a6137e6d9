#include "web/views/erase_view.hpp"

namespace leadline::web {

void fill_erase_form(ctemplate::TemplateDictionary& page, const std::string& email,
                     const std::string& problem, const std::string& csrf_token) {
    page.SetValue("CSRF", csrf_token);
    page.SetValue("EMAIL", email);
    if (!problem.empty()) {
        page.AddSectionDictionary("EMAIL_ERROR")->SetValue("MESSAGE", problem);
    }
}

} // namespace leadline::web
