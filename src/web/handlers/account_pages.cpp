#include "web/handlers/account_pages.hpp"

#include "app/security/invitation_token.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/http/form_tokens.hpp"
#include "web/views/sign_in_view.hpp"
#include "web/views/site_navigation.hpp"

namespace leadline::web {

namespace {

constexpr long form_cookie_seconds = 2 * 60 * 60;

Response sign_in_form(const Exchange& exchange, const std::string& email,
                      const std::vector<PageError>& errors, int status) {
    auto form_token = exchange.request.cookie(sign_in_form_cookie_name).value_or("");
    const bool new_token = form_token.size() < 32;
    if (new_token) {
        form_token = app::new_secret_token();
    }
    ctemplate::TemplateDictionary page("sign_in");
    fill_sign_in(page, {form_token, email, exchange.request.query == "signed-out=1", errors});
    auto response = exchange.pages().page(status, "Sign in", "sign_in.tpl", page, errors);
    if (new_token) {
        response.headers.emplace_back("Set-Cookie",
                                      cookie_header(sign_in_form_cookie_name, form_token,
                                                    exchange.site.transport, form_cookie_seconds));
    }
    return response;
}

Response password_form(const Exchange& exchange, const domain::User& user,
                       const std::vector<PageError>& errors) {
    ctemplate::TemplateDictionary page("choose_password");
    fill_choose_password(page, exchange.parameters.link(), user, errors);
    return exchange.pages().page(errors.empty() ? 200 : 400, choose_password_heading(user),
                                 "choose_password.tpl", page, errors);
}

Response link_not_working(const Exchange& exchange) {
    return exchange.pages().message(
        404, "This sign-in link does not work",
        {"A sign-in link works once, for 7 days. It may have been used already, or be out of date.",
         "If you have chosen a password, sign in with it. Otherwise ask your HR team for a new link."});
}

// Sets the new session's cookie, ends the one the browser had before, and goes to the person's home.
Response signed_in(const Exchange& exchange, app::Accounts& accounts, const app::NewSession& session) {
    // The session the browser had before (if any) ends: one browser, one session.
    if (auto old = exchange.request.cookie(session_cookie_name); old && !old->empty()) {
        static_cast<void>(accounts.sign_out(*old));
    }
    auto response = Response::redirect(home_of(session.user.role));
    response.headers.emplace_back(
        "Set-Cookie", cookie_header(session_cookie_name, session.token, exchange.site.transport,
                                    static_cast<long>(accounts.policy().session_longest_seconds)));
    return response;
}

} // namespace

Response sign_in_page(const Exchange& exchange) {
    app::Accounts accounts(exchange.store(), exchange.site.clock);
    if (auto who = accounts.signed_in(exchange.request.cookie(session_cookie_name).value_or(""));
        who && *who) {
        return Response::redirect(home_of((*who)->user.role));
    }
    return sign_in_form(exchange, "", {}, 200);
}

Response sign_in(const Exchange& exchange) {
    const auto email = exchange.field("email");
    const auto password = exchange.field("password");
    std::vector<PageError> errors;
    if (email.empty()) {
        errors.push_back({"email", "Enter your email address"});
    }
    if (password.empty()) {
        errors.push_back({"password", "Enter your password"});
    }
    if (!errors.empty()) {
        return sign_in_form(exchange, email, errors, 400);
    }
    app::Accounts accounts(exchange.store(), exchange.site.clock);
    auto outcome = accounts.sign_in(email, password, exchange.request.remote_address);
    if (!outcome) {
        return error_answer(exchange, outcome.error());
    }
    if (outcome->refusal == app::SignInRefusal::Locked) {
        return sign_in_form(exchange, email,
                            {{"email", "Signing in is paused for 15 minutes after 10 attempts that did not "
                                       "work. Try again later, or ask your HR team for a new sign-in link."}},
                            429);
    }
    if (outcome->refusal == app::SignInRefusal::Closed) {
        return sign_in_form(exchange, email,
                            {{"email", "Your account has been closed. If you still need it, ask your HR team "
                                       "to open it again."}},
                            403);
    }
    if (!outcome->session) {
        return sign_in_form(
            exchange, email,
            {{"email", "The email address or password is not right. Check them and try again."}}, 400);
    }
    return signed_in(exchange, accounts, *outcome->session);
}

Response choose_password_page(const Exchange& exchange) {
    app::Accounts accounts(exchange.store(), exchange.site.clock);
    auto user = accounts.user_for_link(exchange.parameters.link());
    if (!user) {
        return error_answer(exchange, user.error());
    }
    return *user ? password_form(exchange, **user, {}) : link_not_working(exchange);
}

Response choose_password(const Exchange& exchange) {
    app::Accounts accounts(exchange.store(), exchange.site.clock);
    const auto& link = exchange.parameters.link();
    auto user = accounts.user_for_link(link);
    if (!user) {
        return error_answer(exchange, user.error());
    }
    if (!*user) {
        return link_not_working(exchange);
    }
    auto outcome = accounts.set_password(link, exchange.field("password"), exchange.field("confirmation"));
    if (!outcome) {
        return outcome.error().code == domain::ErrorCode::NotFound ? link_not_working(exchange)
                                                                   : error_answer(exchange, outcome.error());
    }
    if (!outcome->session) {
        std::vector<PageError> errors;
        for (const auto& problem : outcome->password_problems) {
            errors.push_back({"password", problem});
        }
        for (const auto& problem : outcome->confirmation_problems) {
            errors.push_back({"confirmation", problem});
        }
        return password_form(exchange, **user, errors);
    }
    return signed_in(exchange, accounts, *outcome->session);
}

Response sign_out(const Exchange& exchange) {
    app::Accounts accounts(exchange.store(), exchange.site.clock);
    if (auto ended = accounts.sign_out(exchange.request.cookie(session_cookie_name).value_or("")); !ended) {
        return error_answer(exchange, ended.error());
    }
    auto response = Response::redirect("/sign-in?signed-out=1");
    response.headers.emplace_back("Set-Cookie",
                                  cookie_header(session_cookie_name, "", exchange.site.transport, 0));
    return response;
}

} // namespace leadline::web
