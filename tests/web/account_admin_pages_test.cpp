// Accounts looked after from the browser: invitations whose links go only by email, closing and reopening,
// roles; an admin cannot lock themselves out.
#include <gtest/gtest.h>

#include <algorithm>

#include "support/admin_pages.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::Browser;
using leadline::testing::contains;

namespace {

class AccountAdminPages : public leadline::testing::AdminCyclePages {
  protected:
    web::Response invite(const std::string& email, const std::string& role) {
        return admin.submit("/admin/accounts", "/admin/accounts", {{"email", email}, {"role", role}});
    }
    std::string own_page() {
        const auto me = site.store().accounts().find_user_by_email("hr@council.example").value().value();
        return "/admin/accounts/" + std::to_string(me.user.id.value());
    }
    // The sign-in link in the newest email to someone, as a path.
    std::string link_to(const std::string& email) {
        std::string link;
        const auto waiting = site.store().outbox().unsent(100000).value();
        for (const auto& message : waiting) {
            const auto at = message.body.find("/sign-in/");
            if (message.to == email && at != std::string::npos) {
                link = message.body.substr(at, message.body.find('\n', at) - at);
            }
        }
        return link;
    }
};

TEST_F(AccountAdminPages, AnInvitationWithProblemsKeepsWhatWasTypedAndAGoodOneEmailsTheLink) {
    const auto refused = invite("analyst at council", "");
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "Choose what they can do"));
    EXPECT_TRUE(contains(refused.body, "value=\"analyst at council\""));
    const auto bad_email = invite("analyst at council", "hr-viewer");
    EXPECT_EQ(bad_email.status, 400);
    EXPECT_TRUE(contains(bad_email.body, "href=\"#email\""));
    EXPECT_TRUE(contains(bad_email.body, "value=\"hr-viewer\" checked"));

    const auto invited = invite("analyst@council.example", "hr-viewer");
    ASSERT_EQ(invited.status, 303);
    const auto page = admin.get(*invited.header("Location"));
    EXPECT_TRUE(contains(page.body, "The invitation is on its way"));
    EXPECT_TRUE(contains(page.body, "Invited: their sign-in link works until"));
    const auto link = link_to("analyst@council.example");
    ASSERT_FALSE(link.empty());
    EXPECT_FALSE(contains(page.body, link)) << "the admin never sees the link itself";
    EXPECT_TRUE(contains(Browser(site).get(link).body, "Choose a password"));
    EXPECT_TRUE(contains(admin.get("/admin/accounts").body, "analyst@council.example"));

    const auto twice = invite("analyst@council.example", "admin");
    EXPECT_EQ(twice.status, 400);
    EXPECT_TRUE(contains(twice.body, "already has an account"));
}

TEST_F(AccountAdminPages, AClosedAccountCannotSignInUntilItIsOpenedAgain) {
    const auto email = site.open_subject_email();
    Browser participant(site);
    participant.choose_password(site.add_account(email, domain::Role::Participant), "a long enough password");
    ASSERT_EQ(participant.get("/me").status, 200);
    const auto id = site.store().accounts().find_user_by_email(email).value()->user.id;
    const auto page = "/admin/accounts/" + std::to_string(id.value());

    ASSERT_EQ(admin.submit(page, page + "/close", {}).status, 303);
    EXPECT_TRUE(contains(admin.get(page).body, "Closed on"));
    EXPECT_EQ(participant.get("/me").status, 303) << "their session has ended";
    const auto refused = Browser(site).sign_in(email, "a long enough password");
    EXPECT_TRUE(contains(refused.body, "Your account has been closed"));

    ASSERT_EQ(admin.submit(page, page + "/reopen", {}).status, 303);
    EXPECT_EQ(Browser(site).sign_in(email, "a long enough password").status, 303);
}

TEST_F(AccountAdminPages, AnAdminCannotCloseOrDemoteThemselves) {
    const auto own = admin.get(own_page());
    EXPECT_TRUE(contains(own.body, "This is your own account"));
    EXPECT_FALSE(contains(own.body, "Close this account"));
    const auto forged = admin.submit(own_page(), own_page() + "/close", {});
    EXPECT_EQ(forged.status, 400);
    EXPECT_TRUE(contains(forged.body, "You cannot close your own account"));
    const auto demoted = admin.submit(own_page(), own_page() + "/role", {{"role", "participant"}});
    EXPECT_EQ(demoted.status, 400);
    EXPECT_EQ(admin.get("/admin").status, 200) << "still an admin";
}

TEST_F(AccountAdminPages, ChangingARoleSignsThePersonOutSoTheyComeBackWithTheNewOne) {
    Browser colleague(site);
    colleague.choose_password(site.add_account("second.admin@council.example", domain::Role::Admin),
                              "a long enough password");
    ASSERT_EQ(colleague.get("/admin").status, 200);
    const auto id =
        site.store().accounts().find_user_by_email("second.admin@council.example").value()->user.id;
    const auto page = "/admin/accounts/" + std::to_string(id.value());
    ASSERT_EQ(admin.submit(page, page + "/role", {{"role", "hr-viewer"}}).status, 303);
    EXPECT_TRUE(contains(admin.get(page).body, "HR viewer"));
    EXPECT_EQ(colleague.get("/admin").status, 303) << "signed out";
}

TEST_F(AccountAdminPages, ASubjectWhoseAccountHasNoPasswordYetIsSentAFreshLinkNotToTheSignInPage) {
    const auto& subjects = site.demo().open_cycle.subjects;
    std::string email;
    for (std::size_t i = 0; i < site.demo().people.size() && email.empty(); ++i) {
        if (std::find(subjects.begin(), subjects.end(), i) == subjects.end()) {
            email = site.demo().people[i].email;
        }
    }
    ASSERT_EQ(invite(email, "participant").status, 303);
    const auto first = link_to(email);
    const auto added = admin.submit(cycle_path(open), cycle_path(open, "subjects"), {{"email", email}});
    ASSERT_EQ(added.status, 303) << added.body;
    const auto welcome = link_to(email);
    ASSERT_FALSE(welcome.empty()) << "the welcome carries a link they can use";
    EXPECT_NE(welcome, first);
    EXPECT_TRUE(contains(Browser(site).get(welcome).body, "Choose a password"));
}

} // namespace
