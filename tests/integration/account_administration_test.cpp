// Looking after accounts from the browser's use case: invitations and links go by email, never to the
// admin; nobody can lock themselves out; leavers stay out.
#include <gtest/gtest.h>

#include "app/accounts/account_administration.hpp"
#include "app/accounts/accounts.hpp"
#include "support/scratch_database.hpp"
#include "support/settable_clock.hpp"

using namespace leadline;
using leadline::testing::Backend;

namespace {

class AccountAdministrationTest : public ::testing::TestWithParam<Backend> {
  protected:
    void SetUp() override {
        m_database = leadline::testing::ScratchDatabase::create(GetParam());
        LEADLINE_SKIP_WITHOUT(m_database);
        m_store = m_database->open();
        auto unit = m_store->people().ensure_unit({"Housing"}).value();
        m_store->people()
            .save_person({{}, "sam@council.example", "Sam Jones", "EO", "P", "W", unit, {}, {}})
            .value();
        m_admin = app::Accounts(*m_store, m_clock)
                      .add_user("hr@council.example", domain::Role::Admin)
                      .value()
                      .user.id;
    }

    app::AccountAdministration administration() {
        return app::AccountAdministration(*m_store, m_clock, "https://leadline.council.example");
    }
    std::vector<app::OutboxMessage> emails_to(const std::string& email) {
        std::vector<app::OutboxMessage> found;
        auto waiting = m_store->outbox().unsent(1000).value();
        for (auto& message : waiting) {
            if (message.to == email) {
                found.push_back(std::move(message));
            }
        }
        return found;
    }
    // The sign-in link in the newest email to someone.
    std::string last_link_to(const std::string& email) {
        const auto body = emails_to(email).back().body;
        const auto at = body.find("/sign-in/") + 9;
        return body.substr(at, body.find('\n', at) - at);
    }

    leadline::testing::SettableClock m_clock;
    std::unique_ptr<leadline::testing::ScratchDatabase> m_database;
    std::unique_ptr<app::Store> m_store;
    domain::UserId m_admin;
};

TEST_P(AccountAdministrationTest, AnInvitationEmailsAWorkingLinkAndAHrViewerNeedNotBeInTheDirectory) {
    const auto viewer = administration().invite("People.Analyst@Council.Example", domain::Role::HrViewer);
    ASSERT_TRUE(viewer.has_value()) << viewer.error().message;
    const auto emails = emails_to("people.analyst@council.example");
    ASSERT_EQ(emails.size(), 1U);
    EXPECT_NE(emails[0].body.find("(HR viewer)"), std::string::npos);
    const auto opened =
        app::Accounts(*m_store, m_clock).user_for_link(last_link_to("people.analyst@council.example"));
    ASSERT_TRUE(opened.value().has_value());
    EXPECT_EQ(opened.value()->role, domain::Role::HrViewer);

    const auto twice = administration().invite("people.analyst@council.example", domain::Role::Admin);
    ASSERT_FALSE(twice.has_value());
    EXPECT_NE(twice.error().message.find("already has an account"), std::string::npos);
    const auto stranger = administration().invite("stranger@council.example", domain::Role::Participant);
    ASSERT_FALSE(stranger.has_value());
    EXPECT_NE(stranger.error().message.find("must be in it"), std::string::npos);
}

TEST_P(AccountAdministrationTest, ANewLinkWorksAndRevokingKillsEveryUnusedLink) {
    const auto sam = administration().invite("sam@council.example", domain::Role::Participant).value();
    const auto first = last_link_to("sam@council.example");
    ASSERT_TRUE(administration().send_link(sam));
    const auto second = last_link_to("sam@council.example");
    EXPECT_NE(first, second);
    app::Accounts accounts(*m_store, m_clock);
    EXPECT_TRUE(accounts.user_for_link(second).value().has_value());
    ASSERT_TRUE(administration().revoke_links(sam));
    EXPECT_FALSE(accounts.user_for_link(first).value().has_value());
    EXPECT_FALSE(accounts.user_for_link(second).value().has_value());
}

TEST_P(AccountAdministrationTest, NoAdminCanCloseOrDemoteThemselves) {
    EXPECT_FALSE(administration().close(m_admin, m_admin).has_value());
    EXPECT_FALSE(administration().change_role(m_admin, m_admin, domain::Role::HrViewer).has_value());
    EXPECT_TRUE(m_store->accounts().find_user(m_admin).value()->user.active());
}

TEST_P(AccountAdministrationTest, AClosedAccountCanBeReopenedUnlessItsPersonHasLeft) {
    const auto sam = administration().invite("sam@council.example", domain::Role::Participant).value();
    ASSERT_TRUE(administration().close(m_admin, sam));
    EXPECT_FALSE(administration().send_link(sam).has_value()) << "no link for a closed account";
    ASSERT_TRUE(administration().reopen(sam));
    EXPECT_TRUE(administration().send_link(sam).has_value());

    ASSERT_TRUE(administration().close(m_admin, sam));
    auto person = m_store->people().find_person("sam@council.example").value().value();
    person.left_at = m_clock.now_seconds();
    ASSERT_TRUE(m_store->people().save_person(person));
    const auto refused = administration().reopen(sam);
    ASSERT_FALSE(refused.has_value());
    EXPECT_NE(refused.error().message.find("has left"), std::string::npos);
}

TEST_P(AccountAdministrationTest,
       ChangingARoleEndsTheAccountsSessionsAndNeedsADirectoryEntryForParticipants) {
    const auto viewer = administration().invite("analyst@council.example", domain::Role::HrViewer).value();
    EXPECT_FALSE(administration().change_role(m_admin, viewer, domain::Role::Participant).has_value());
    ASSERT_TRUE(administration().change_role(m_admin, viewer, domain::Role::Admin));
    EXPECT_EQ(m_store->accounts().find_user(viewer).value()->user.role, domain::Role::Admin);
}

INSTANTIATE_TEST_SUITE_P(Backends, AccountAdministrationTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         leadline::testing::backend_test_name);

} // namespace
