#pragma once

#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "domain/accounts/user.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// What the sign-in page shows: the form token, what was typed, and the problems found.
struct SignInForm {
    std::string form_token;
    std::string email;
    bool just_signed_out = false;
    std::vector<PageError> errors;
};

// Fills sign_in.tpl.
void fill_sign_in(ctemplate::TemplateDictionary& page, const SignInForm& form);

// Fills choose_password.tpl for a one-time link's user.
void fill_choose_password(ctemplate::TemplateDictionary& page, const std::string& link,
                          const domain::User& user, const std::vector<PageError>& errors);
// The heading (and title) of the choose-a-password page.
[[nodiscard]] std::string choose_password_heading(const domain::User& user);

} // namespace leadline::web
