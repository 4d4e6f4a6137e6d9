#include "web/handlers/account_handler.hpp"

#include "app/security/invitation_token.hpp"
#include "web/handlers/error_pages.hpp"

namespace leadline::web {

namespace {

constexpr long form_cookie_seconds = 2 * 60 * 60;

// The value of a single-valued form field; empty when it is missing.
std::string field(const std::vector<FormField>& fields, std::string_view name) {
    for (const auto& candidate : fields) {
        if (candidate.name == name) {
            return candidate.value;
        }
    }
    return {};
}

} // namespace

std::string home_of(domain::Role role) {
    return role == domain::Role::Admin ? "/admin" : "/me";
}

Viewer viewer_for(const app::SignedIn& who, const std::string& current_href) {
    Viewer viewer;
    viewer.email = who.user.email;
    viewer.role_name = std::string(domain::display_name(who.user.role));
    viewer.csrf_token = who.csrf_token;
    viewer.current_href = current_href;
    if (who.user.role == domain::Role::Admin) {
        viewer.links = {
            {"Cycles", "/admin"}, {"Learning sets", "/admin/learning-sets"}, {"Outbox", "/admin/outbox"}};
    } else {
        viewer.links = {{"Your feedback", "/me"}};
    }
    return viewer;
}

std::string link_form_token(std::string_view link) {
    return app::hash_token(std::string("sign-in-form|") + std::string(link)).substr(0, 32);
}

Response AccountHandler::sign_in(const Request& request, app::Accounts& accounts,
                                 const std::vector<std::string>& segments) const {
    const bool post = request.method == Method::Post;
    if (segments.size() == 1) {
        return choose_password(request, accounts, segments[0]);
    }
    if (!segments.empty()) {
        return not_found_page(m_pages);
    }
    if (!post) {
        if (auto who = accounts.signed_in(request.cookie(session_cookie_name).value_or("")); who && *who) {
            return Response::redirect(home_of((*who)->user.role));
        }
        return sign_in_form(request, "", {}, 200);
    }
    return check_password(request, accounts);
}

Response AccountHandler::sign_in_form(const Request& request, const std::string& email,
                                      const std::vector<PageError>& errors, int status) const {
    ctemplate::TemplateDictionary page("sign_in");
    auto form_token = request.cookie(sign_in_form_cookie_name).value_or("");
    const bool new_token = form_token.size() < 32;
    if (new_token) {
        form_token = app::new_secret_token();
    }
    page.SetValue("CSRF", form_token);
    page.SetValue("EMAIL", email);
    if (request.query == "signed-out=1") {
        page.ShowSection("SIGNED_OUT");
    }
    for (const auto& error : errors) {
        auto* shown = page.AddSectionDictionary(error.field_id == "email" ? "EMAIL_ERROR" : "PASSWORD_ERROR");
        shown->SetValue("MESSAGE", error.message);
    }
    auto response = m_pages.page(status, "Sign in", "sign_in.tpl", page, errors);
    if (new_token) {
        response.headers.emplace_back("Set-Cookie", cookie_header(sign_in_form_cookie_name, form_token,
                                                                  m_transport, form_cookie_seconds));
    }
    return response;
}

Response AccountHandler::check_password(const Request& request, app::Accounts& accounts) const {
    auto fields = parse_form(request.body);
    if (!fields) {
        return m_pages.message(400, "There is a problem with what was sent",
                               {"The form could not be read. Go back and try again."});
    }
    const auto expected = request.cookie(sign_in_form_cookie_name).value_or("");
    if (expected.size() < 32 || field(*fields, "csrf") != expected) {
        return m_pages.message(403, "This form has expired",
                               {"Open the sign-in page again and try once more. Your browser must accept "
                                "cookies from this site to sign in."});
    }
    const auto email = field(*fields, "email");
    const auto password = field(*fields, "password");
    std::vector<PageError> errors;
    if (email.empty()) {
        errors.push_back({"email", "Enter your email address"});
    }
    if (password.empty()) {
        errors.push_back({"password", "Enter your password"});
    }
    if (!errors.empty()) {
        return sign_in_form(request, email, errors, 400);
    }
    auto outcome = accounts.sign_in(email, password, request.remote_address);
    if (!outcome) {
        return problem_page(m_pages);
    }
    if (outcome->refusal == app::SignInRefusal::Locked) {
        return sign_in_form(request, email,
                            {{"email", "Signing in is paused for 15 minutes after 10 attempts that did not "
                                       "work. Try again later, or ask your HR team for a new sign-in link."}},
                            429);
    }
    if (!outcome->session) {
        return sign_in_form(request, email,
                            {{"email", "The email address or password is not right. Check them and try "
                                       "again."}},
                            400);
    }
    return signed_in(request, accounts, *outcome->session);
}

Response AccountHandler::choose_password(const Request& request, app::Accounts& accounts,
                                         const std::string& link) const {
    auto user = accounts.user_for_link(link);
    if (!user) {
        return problem_page(m_pages);
    }
    if (!*user) {
        return link_not_working();
    }
    if (request.method != Method::Post) {
        return password_form(link, **user, {});
    }
    auto fields = parse_form(request.body);
    if (!fields || field(*fields, "csrf") != link_form_token(link)) {
        return m_pages.message(403, "This form has expired",
                               {"Open your sign-in link again and choose your password once more."});
    }
    auto outcome = accounts.set_password(link, field(*fields, "password"), field(*fields, "confirmation"));
    if (!outcome) {
        if (outcome.error().code == domain::ErrorCode::NotFound) {
            return link_not_working();
        }
        return problem_page(m_pages);
    }
    if (!outcome->session) {
        std::vector<PageError> errors;
        for (const auto& problem : outcome->password_problems) {
            errors.push_back({"password", problem});
        }
        for (const auto& problem : outcome->confirmation_problems) {
            errors.push_back({"confirmation", problem});
        }
        return password_form(link, **user, errors);
    }
    return signed_in(request, accounts, *outcome->session);
}

Response AccountHandler::password_form(const std::string& link, const domain::User& user,
                                       const std::vector<PageError>& errors) const {
    ctemplate::TemplateDictionary page("choose_password");
    page.SetValue("ACTION", "/sign-in/" + link);
    page.SetValue("CSRF", link_form_token(link));
    page.SetValue("EMAIL", user.email);
    page.SetValue("HEADING", user.has_password ? "Choose a new password" : "Choose a password");
    for (const auto& error : errors) {
        auto* shown =
            page.AddSectionDictionary(error.field_id == "password" ? "PASSWORD_ERROR" : "CONFIRMATION_ERROR");
        shown->SetValue("MESSAGE", error.message);
    }
    return m_pages.page(errors.empty() ? 200 : 400,
                        user.has_password ? "Choose a new password" : "Choose a password",
                        "choose_password.tpl", page, errors);
}

Response AccountHandler::link_not_working() const {
    return m_pages.message(
        404, "This sign-in link does not work",
        {"A sign-in link works once, for 7 days. It may have been used already, or be out "
         "of date.",
         "If you have chosen a password, sign in with it. Otherwise ask your HR team for a "
         "new link."});
}

Response AccountHandler::signed_in(const Request& request, app::Accounts& accounts,
                                   const app::NewSession& session) const {
    // The session the browser had before (if any) ends: one browser, one session.
    if (auto old = request.cookie(session_cookie_name); old && !old->empty()) {
        static_cast<void>(accounts.sign_out(*old));
    }
    auto response = Response::redirect(home_of(session.user.role));
    response.headers.emplace_back(
        "Set-Cookie", cookie_header(session_cookie_name, session.token, m_transport,
                                    static_cast<long>(accounts.policy().session_longest_seconds)));
    return response;
}

Response AccountHandler::sign_out(const Request& request, app::Accounts& accounts) const {
    const auto token = request.cookie(session_cookie_name).value_or("");
    auto who = accounts.signed_in(token);
    if (!who) {
        return problem_page(m_pages);
    }
    if (!*who) {
        return Response::redirect("/sign-in");
    }
    auto fields = parse_form(request.body);
    if (!fields || field(*fields, "csrf") != (*who)->csrf_token) {
        return m_pages.message(403, "This form has expired", {"Go back, reload the page and try again."});
    }
    if (auto ended = accounts.sign_out(token); !ended) {
        return problem_page(m_pages);
    }
    auto response = Response::redirect("/sign-in?signed-out=1");
    response.headers.emplace_back("Set-Cookie", cookie_header(session_cookie_name, "", m_transport, 0));
    return response;
}

} // namespace leadline::web
