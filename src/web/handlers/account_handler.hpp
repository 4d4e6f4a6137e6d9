#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/accounts/accounts.hpp"
#include "web/http/request.hpp"
#include "web/http/security_headers.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

inline constexpr const char* session_cookie_name = "leadline_session";
// Holds the form token of the sign-in page, before anyone is signed in (double-submit).
inline constexpr const char* sign_in_form_cookie_name = "leadline_form";

// Where each role starts after signing in.
[[nodiscard]] std::string home_of(domain::Role role);
// What the header shows a signed-in person: their pages and the sign-out form.
[[nodiscard]] Viewer viewer_for(const app::SignedIn& who, const std::string& current_href);

// Signing in and out: /sign-in (email and password), /sign-in/{link} (choose a password through a
// one-time link), /sign-out.
class AccountHandler {
  public:
    AccountHandler(const PageRenderer& pages, Transport transport) : m_pages(pages), m_transport(transport) {}

    // segments: the path after "/sign-in" (empty, or the link token).
    [[nodiscard]] Response sign_in(const Request& request, app::Accounts& accounts,
                                   const std::vector<std::string>& segments) const;
    [[nodiscard]] Response sign_out(const Request& request, app::Accounts& accounts) const;

  private:
    [[nodiscard]] Response sign_in_form(const Request& request, const std::string& email,
                                        const std::vector<PageError>& errors, int status) const;
    [[nodiscard]] Response check_password(const Request& request, app::Accounts& accounts) const;
    [[nodiscard]] Response choose_password(const Request& request, app::Accounts& accounts,
                                           const std::string& link) const;
    [[nodiscard]] Response password_form(const std::string& link, const domain::User& user,
                                         const std::vector<PageError>& errors) const;
    [[nodiscard]] Response link_not_working() const;
    // Sets the new session's cookie, ends the one the browser had before, and goes to the person's home.
    [[nodiscard]] Response signed_in(const Request& request, app::Accounts& accounts,
                                     const app::NewSession& session) const;

    const PageRenderer& m_pages;
    Transport m_transport;
};

// The form token on the choose-a-password page: derived from the private link, like a rater's.
[[nodiscard]] std::string link_form_token(std::string_view link);

} // namespace leadline::web
