// Signing in and out through the web application: links, passwords, sessions, cookies, form tokens.
#include <gtest/gtest.h>

#include "support/demo_site.hpp"
#include "support/text_checks.hpp"
#include "web/http/form_tokens.hpp"

using namespace leadline;
using leadline::testing::Browser;
using leadline::testing::contains;
using leadline::testing::form_token_in;

namespace {

constexpr auto password = "three random words here";

const std::string* location(const web::Response& response) {
    return response.header("Location");
}

std::string set_cookie(const web::Response& response, const std::string& name) {
    for (const auto& [header, value] : response.headers) {
        if (header == "Set-Cookie" && value.rfind(name + "=", 0) == 0) {
            return value;
        }
    }
    return {};
}

class SignIn : public ::testing::Test {
  protected:
    leadline::testing::DemoSite site;
};

} // namespace

TEST_F(SignIn, AFirstLinkAsksForAPasswordThenSignsTheAdminIn) {
    const auto link = site.add_account("hr@council.example", domain::Role::Admin);
    Browser browser(site);
    auto page = browser.get("/sign-in/" + link);
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Choose a password"));
    EXPECT_TRUE(contains(page.body, "hr@council.example"));

    auto done = browser.post(
        "/sign-in/" + link,
        {{"csrf", web::link_form_token(link)}, {"password", password}, {"confirmation", password}});
    EXPECT_EQ(done.status, 303);
    EXPECT_EQ(*location(done), "/admin");
    const auto cookie = set_cookie(done, web::session_cookie_name);
    EXPECT_TRUE(contains(cookie, "HttpOnly"));
    EXPECT_TRUE(contains(cookie, "SameSite=Lax"));
    EXPECT_FALSE(contains(cookie, "Secure")) << "the demo site is served over http";

    auto home = browser.get("/admin");
    EXPECT_EQ(home.status, 200);
    EXPECT_TRUE(contains(home.body, "Feedback cycles"));
    EXPECT_TRUE(contains(home.body, "Team leaders 360, winter 2026"));
    EXPECT_TRUE(contains(home.body, "hr@council.example"));

    // The link worked once.
    auto again = Browser(site).get("/sign-in/" + link);
    EXPECT_EQ(again.status, 404);
    EXPECT_TRUE(contains(again.body, "This sign-in link does not work"));
}

TEST_F(SignIn, APasswordTooShortIsExplainedAndTheLinkStillWorks) {
    const auto link = site.add_account("hr@council.example", domain::Role::Admin);
    Browser browser(site);
    auto refused = browser.submit("/sign-in/" + link, "/sign-in/" + link,
                                  {{"password", "short"}, {"confirmation", "short"}});
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "There is a problem"));
    EXPECT_TRUE(contains(refused.body, "at least 12 characters"));
    EXPECT_TRUE(contains(refused.body, "href=\"#password\""));
    EXPECT_TRUE(set_cookie(refused, web::session_cookie_name).empty());
    EXPECT_EQ(browser.get("/sign-in/" + link).status, 200);
}

TEST_F(SignIn, UnknownUsedAndExpiredLinksGetTheSamePage) {
    const auto used = site.add_account("used@council.example", domain::Role::Admin);
    Browser(site).choose_password(used, password);
    const auto expired = site.add_account("late@council.example", domain::Role::Admin);
    site.clock().advance(8 * 24 * 3600);
    auto unknown_page = Browser(site).get("/sign-in/" + std::string(43, 'x'));
    auto used_page = Browser(site).get("/sign-in/" + used);
    auto expired_page = Browser(site).get("/sign-in/" + expired);
    EXPECT_EQ(unknown_page.status, 404);
    EXPECT_EQ(unknown_page.body, used_page.body);
    EXPECT_EQ(unknown_page.body, expired_page.body);
}

TEST_F(SignIn, SigningInWithAPasswordKeepsTheEmailTypedWhenItFails) {
    const auto link = site.add_account("hr@council.example", domain::Role::Admin);
    Browser(site).choose_password(link, password);
    Browser browser(site);
    auto wrong = browser.sign_in("HR@council.example", "not my password at all");
    EXPECT_EQ(wrong.status, 400);
    EXPECT_TRUE(contains(wrong.body, "The email address or password is not right"));
    EXPECT_TRUE(contains(wrong.body, "value=\"HR@council.example\""));
    EXPECT_FALSE(contains(wrong.body, "not my password at all")) << "a password is never sent back";

    auto empty = browser.sign_in("", "");
    EXPECT_EQ(empty.status, 400);
    EXPECT_TRUE(contains(empty.body, "Enter your email address"));
    EXPECT_TRUE(contains(empty.body, "Enter your password"));

    auto right = browser.sign_in("HR@council.example", password);
    EXPECT_EQ(right.status, 303);
    EXPECT_EQ(*location(right), "/admin");
    EXPECT_EQ(browser.get("/sign-in").status, 303) << "a signed-in visitor is sent to their pages";
}

TEST_F(SignIn, TheSignInFormNeedsItsOwnFormToken) {
    const auto link = site.add_account("hr@council.example", domain::Role::Admin);
    Browser(site).choose_password(link, password);
    Browser browser(site);
    // No token at all: what a page on another site would send.
    auto forged = browser.post("/sign-in", {{"email", "hr@council.example"}, {"password", password}});
    EXPECT_EQ(forged.status, 403);
    EXPECT_TRUE(contains(forged.body, "This form has expired"));
    static_cast<void>(browser.get("/sign-in"));
    auto wrong = browser.post(
        "/sign-in",
        {{"csrf", std::string(43, 'a')}, {"email", "hr@council.example"}, {"password", password}});
    EXPECT_EQ(wrong.status, 403);
    EXPECT_TRUE(browser.cookie(web::session_cookie_name).empty());
}

TEST_F(SignIn, TenWrongPasswordsLockTheAccountWithAClearMessage) {
    const auto link = site.add_account("hr@council.example", domain::Role::Admin);
    Browser(site).choose_password(link, password);
    for (int attempt = 0; attempt < 10; ++attempt) {
        Browser guesser(site, "198.51.100." + std::to_string(attempt));
        EXPECT_EQ(guesser.sign_in("hr@council.example", "guess " + std::to_string(attempt)).status, 400);
    }
    Browser owner(site, "203.0.113.5");
    auto locked = owner.sign_in("hr@council.example", password);
    EXPECT_EQ(locked.status, 429);
    EXPECT_TRUE(contains(locked.body, "paused for 15 minutes"));
    site.clock().advance(15 * 60 + 1);
    EXPECT_EQ(owner.sign_in("hr@council.example", password).status, 303);
}

TEST_F(SignIn, SigningInAgainReplacesTheOldSession) {
    const auto link = site.add_account("hr@council.example", domain::Role::Admin);
    Browser browser(site);
    const auto form = form_token_in(browser.get("/sign-in").body);
    browser.choose_password(link, password);
    const auto first = browser.cookie(web::session_cookie_name);
    // Signing in again from a sign-in page left open in another tab.
    auto again =
        browser.post("/sign-in", {{"csrf", form}, {"email", "hr@council.example"}, {"password", password}});
    EXPECT_EQ(again.status, 303);
    const auto second = browser.cookie(web::session_cookie_name);
    EXPECT_FALSE(second.empty());
    EXPECT_NE(first, second);
    Browser stale(site);
    stale.set_cookie(web::session_cookie_name, first);
    EXPECT_EQ(stale.get("/admin").status, 303) << "the session from before sign-in ended";
}

TEST_F(SignIn, SignOutEndsTheSessionAndNeedsTheFormToken) {
    const auto link = site.add_account("hr@council.example", domain::Role::Admin);
    Browser browser(site);
    browser.choose_password(link, password);
    auto forged = browser.post("/sign-out", {{"csrf", "guessed"}});
    EXPECT_EQ(forged.status, 403);
    EXPECT_EQ(browser.get("/admin").status, 200) << "a forged sign-out does nothing";

    const auto session = browser.cookie(web::session_cookie_name);
    auto out = browser.submit("/admin", "/sign-out", {});
    EXPECT_EQ(out.status, 303);
    EXPECT_EQ(*location(out), "/sign-in?signed-out=1");
    EXPECT_TRUE(browser.cookie(web::session_cookie_name).empty());
    EXPECT_TRUE(contains(browser.get("/sign-in?signed-out=1").body, "You have signed out"));
    Browser replay(site);
    replay.set_cookie(web::session_cookie_name, session);
    EXPECT_EQ(replay.get("/admin").status, 303) << "the old cookie no longer works";
}

TEST_F(SignIn, AnIdleSessionEndsAfterAnHour) {
    const auto link = site.add_account("hr@council.example", domain::Role::Admin);
    Browser browser(site);
    browser.choose_password(link, password);
    site.clock().advance(59 * 60);
    EXPECT_EQ(browser.get("/admin").status, 200);
    site.clock().advance(59 * 60);
    EXPECT_EQ(browser.get("/admin").status, 200) << "using it keeps it alive";
    site.clock().advance(61 * 60);
    auto expired = browser.get("/admin");
    EXPECT_EQ(expired.status, 303);
    EXPECT_EQ(*location(expired), "/sign-in");
}

TEST_F(SignIn, ParticipantsStartOnTheirOwnPage) {
    const auto email = site.open_subject_email();
    const auto link = site.add_account(email, domain::Role::Participant);
    Browser browser(site);
    auto done = browser.submit("/sign-in/" + link, "/sign-in/" + link,
                               {{"password", password}, {"confirmation", password}});
    EXPECT_EQ(*location(done), "/me");
    auto home = browser.get("/me");
    EXPECT_EQ(home.status, 200);
    EXPECT_TRUE(contains(home.body, "Your feedback"));
}

TEST(SignInOverHttps, CookiesAreSecureWhenTheSiteIsServedOverHttps) {
    leadline::testing::DemoSite site("https://leadline.council.example");
    const auto link = site.add_account("hr@council.example", domain::Role::Admin);
    Browser browser(site);
    auto done = browser.submit("/sign-in/" + link, "/sign-in/" + link,
                               {{"password", password}, {"confirmation", password}});
    ASSERT_EQ(done.status, 303);
    EXPECT_TRUE(contains(set_cookie(done, web::session_cookie_name), "; Secure"));
    auto form = Browser(site).get("/sign-in");
    EXPECT_TRUE(contains(set_cookie(form, web::sign_in_form_cookie_name), "; Secure"));
}
