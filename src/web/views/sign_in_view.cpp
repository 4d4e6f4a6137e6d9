#include "web/views/sign_in_view.hpp"

#include "web/http/form_tokens.hpp"

namespace leadline::web {

void fill_sign_in(ctemplate::TemplateDictionary& page, const SignInForm& form) {
    page.SetValue("CSRF", form.form_token);
    page.SetValue("EMAIL", form.email);
    if (form.just_signed_out) {
        page.ShowSection("SIGNED_OUT");
    }
    for (const auto& error : form.errors) {
        auto* shown = page.AddSectionDictionary(error.field_id == "email" ? "EMAIL_ERROR" : "PASSWORD_ERROR");
        shown->SetValue("MESSAGE", error.message);
    }
}

std::string choose_password_heading(const domain::User& user) {
    return user.has_password ? "Choose a new password" : "Choose a password";
}

void fill_choose_password(ctemplate::TemplateDictionary& page, const std::string& link,
                          const domain::User& user, const std::vector<PageError>& errors) {
    page.SetValue("ACTION", "/sign-in/" + link);
    page.SetValue("CSRF", link_form_token(link));
    page.SetValue("EMAIL", user.email);
    page.SetValue("HEADING", choose_password_heading(user));
    for (const auto& error : errors) {
        auto* shown =
            page.AddSectionDictionary(error.field_id == "password" ? "PASSWORD_ERROR" : "CONFIRMATION_ERROR");
        shown->SetValue("MESSAGE", error.message);
    }
}

} // namespace leadline::web
