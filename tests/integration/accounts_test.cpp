// Accounts, sign-in links, sessions and locking, on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include "app/accounts/accounts.hpp"
#include "support/scratch_database.hpp"
#include "support/settable_clock.hpp"

using namespace leadline;
using leadline::testing::Backend;

namespace {

constexpr auto minute = 60;
constexpr auto good_password = "correct horse battery staple";

class AccountsTest : public ::testing::TestWithParam<Backend> {
  protected:
    void SetUp() override {
        m_database = leadline::testing::ScratchDatabase::create(GetParam());
        LEADLINE_SKIP_WITHOUT(m_database);
        m_store = m_database->open();
        m_accounts = std::make_unique<app::Accounts>(*m_store, m_clock);
    }

    domain::PersonId add_person(const std::string& email) {
        auto unit = m_store->people().ensure_unit({"Adult Social Care"}).value();
        return m_store->people()
            .save_person({{}, email, "Someone", "G7", "Social work", "North", unit, {}, {}})
            .value();
    }

    // An admin who has set a password through their first link.
    domain::User admin_with_password(const std::string& email = "hr@council.example") {
        auto link = m_accounts->add_user(email, domain::Role::Admin).value();
        auto set = m_accounts->set_password(link.token, good_password, good_password).value();
        EXPECT_TRUE(set.session.has_value());
        return set.session->user;
    }

    app::SignInOutcome sign_in(const std::string& email, const std::string& password,
                               const std::string& address = "192.0.2.10") {
        return m_accounts->sign_in(email, password, address).value();
    }

    leadline::testing::SettableClock m_clock;
    std::unique_ptr<leadline::testing::ScratchDatabase> m_database;
    std::unique_ptr<app::Store> m_store;
    std::unique_ptr<app::Accounts> m_accounts;
};

TEST_P(AccountsTest, AFirstLinkLetsSomeoneChooseAPasswordOnceAndSignsThemIn) {
    auto link = m_accounts->add_user("HR.Team@Council.Example", domain::Role::Admin).value();
    EXPECT_EQ(link.user.email, "hr.team@council.example");
    auto opened = m_accounts->user_for_link(link.token).value();
    ASSERT_TRUE(opened.has_value());
    EXPECT_EQ(opened->role, domain::Role::Admin);

    auto too_short = m_accounts->set_password(link.token, "short", "short").value();
    EXPECT_FALSE(too_short.session.has_value());
    ASSERT_EQ(too_short.password_problems.size(), 1U);
    EXPECT_NE(too_short.password_problems[0].find("12 characters"), std::string::npos);
    auto mismatch =
        m_accounts->set_password(link.token, good_password, "correct horse battery stapel").value();
    EXPECT_FALSE(mismatch.session.has_value());
    EXPECT_EQ(mismatch.confirmation_problems.size(), 1U);

    // Mistakes do not use the link up; success does.
    auto set = m_accounts->set_password(link.token, good_password, good_password).value();
    ASSERT_TRUE(set.session.has_value());
    auto signed_in = m_accounts->signed_in(set.session->token).value();
    ASSERT_TRUE(signed_in.has_value());
    EXPECT_EQ(signed_in->user.email, "hr.team@council.example");
    EXPECT_EQ(signed_in->csrf_token, set.session->csrf_token);

    EXPECT_FALSE(m_accounts->user_for_link(link.token).value().has_value());
    auto again = m_accounts->set_password(link.token, "another long password", "another long password");
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, domain::ErrorCode::NotFound);
    EXPECT_TRUE(sign_in("hr.team@council.example", good_password).session.has_value());
}

TEST_P(AccountsTest, APasswordCannotBeTheEmailAddress) {
    auto link = m_accounts->add_user("someone.long@council.example", domain::Role::Admin).value();
    auto set =
        m_accounts->set_password(link.token, "Someone.Long@council.example", "Someone.Long@council.example");
    ASSERT_TRUE(set);
    EXPECT_FALSE(set->session.has_value());
    EXPECT_FALSE(set->password_problems.empty());
}

TEST_P(AccountsTest, ALinkRunsOutAfterSevenDays) {
    auto link = m_accounts->add_user("hr@council.example", domain::Role::Admin).value();
    m_clock.advance(7 * 24 * 60 * minute + 1);
    EXPECT_FALSE(m_accounts->user_for_link(link.token).value().has_value());
    auto fresh = m_accounts->issue_link("hr@council.example").value();
    EXPECT_TRUE(m_accounts->user_for_link(fresh.token).value().has_value());
    EXPECT_FALSE(m_accounts->user_for_link("not-a-link").value().has_value());
}

TEST_P(AccountsTest, ParticipantsMustBeInThePeopleDirectoryAndAreLinkedToTheirEntry) {
    auto missing = m_accounts->add_user("nobody@council.example", domain::Role::Participant);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, domain::ErrorCode::FailedPrecondition);
    EXPECT_NE(missing.error().message.find("people directory"), std::string::npos);

    const auto sam = add_person("sam@council.example");
    auto added = m_accounts->add_user("sam@council.example", domain::Role::Participant).value();
    ASSERT_TRUE(added.user.person.has_value());
    EXPECT_EQ(*added.user.person, sam);

    auto twice = m_accounts->add_user("SAM@council.example", domain::Role::LineManager);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, domain::ErrorCode::Conflict);
    EXPECT_NE(twice.error().message.find("already has an account"), std::string::npos);

    auto not_email = m_accounts->add_user("sam at council", domain::Role::Admin);
    ASSERT_FALSE(not_email);
    EXPECT_EQ(not_email.error().code, domain::ErrorCode::InvalidInput);
}

TEST_P(AccountsTest, WrongPasswordAndUnknownAccountAreRefusedAlike) {
    admin_with_password();
    auto wrong = sign_in("hr@council.example", "not the password at all");
    auto unknown = sign_in("nobody@council.example", good_password);
    EXPECT_EQ(wrong.refusal, app::SignInRefusal::WrongDetails);
    EXPECT_EQ(unknown.refusal, app::SignInRefusal::WrongDetails);
    EXPECT_FALSE(wrong.session || unknown.session);
    EXPECT_TRUE(sign_in("  HR@Council.Example ", good_password).session.has_value());
}

TEST_P(AccountsTest, EverySignInStartsANewSession) {
    admin_with_password();
    auto first = sign_in("hr@council.example", good_password).session.value();
    auto second = sign_in("hr@council.example", good_password).session.value();
    EXPECT_NE(first.token, second.token);
    EXPECT_NE(first.csrf_token, second.csrf_token);
    EXPECT_TRUE(m_accounts->signed_in(first.token).value().has_value());
    EXPECT_TRUE(m_accounts->signed_in(second.token).value().has_value());
}

TEST_P(AccountsTest, TenFailuresLockTheAccountForFifteenMinutesFromAnyAddress) {
    admin_with_password();
    for (int attempt = 0; attempt < 10; ++attempt) {
        auto refused = sign_in("hr@council.example", "guess number " + std::to_string(attempt),
                               "198.51.100." + std::to_string(attempt));
        EXPECT_EQ(refused.refusal, app::SignInRefusal::WrongDetails);
    }
    // Even the right password from a new address is refused while locked.
    auto locked = sign_in("hr@council.example", good_password, "203.0.113.7");
    EXPECT_EQ(locked.refusal, app::SignInRefusal::Locked);
    EXPECT_FALSE(locked.session.has_value());

    m_clock.advance(15 * minute + 1);
    EXPECT_TRUE(sign_in("hr@council.example", good_password, "203.0.113.7").session.has_value());
}

TEST_P(AccountsTest, TenFailuresFromOneAddressLockThatAddressAcrossAccounts) {
    admin_with_password();
    for (int attempt = 0; attempt < 10; ++attempt) {
        sign_in("user" + std::to_string(attempt) + "@council.example", "guess", "198.51.100.9");
    }
    EXPECT_EQ(sign_in("hr@council.example", good_password, "198.51.100.9").refusal,
              app::SignInRefusal::Locked);
    EXPECT_TRUE(sign_in("hr@council.example", good_password, "198.51.100.10").session.has_value());
}

TEST_P(AccountsTest, NineFailuresThenSuccessClearTheAccountsCount) {
    admin_with_password();
    for (int attempt = 0; attempt < 9; ++attempt) {
        sign_in("hr@council.example", "guess", "198.51.100." + std::to_string(attempt));
    }
    EXPECT_TRUE(sign_in("hr@council.example", good_password, "203.0.113.1").session.has_value());
    sign_in("hr@council.example", "one more slip", "203.0.113.2");
    EXPECT_TRUE(sign_in("hr@council.example", good_password, "203.0.113.3").session.has_value());
}

TEST_P(AccountsTest, ASessionEndsAfterAnHourIdleAndTwelveHoursInAll) {
    admin_with_password();
    auto idle = sign_in("hr@council.example", good_password).session.value();
    m_clock.advance(61 * minute);
    EXPECT_FALSE(m_accounts->signed_in(idle.token).value().has_value());

    auto busy = sign_in("hr@council.example", good_password).session.value();
    for (int hour = 0; hour < 11; ++hour) {
        m_clock.advance(50 * minute);
        EXPECT_TRUE(m_accounts->signed_in(busy.token).value().has_value()) << "after " << hour;
    }
    m_clock.advance(12 * 60 * minute - 11 * 50 * minute);
    EXPECT_FALSE(m_accounts->signed_in(busy.token).value().has_value());
}

TEST_P(AccountsTest, SigningOutEndsTheSession) {
    admin_with_password();
    auto session = sign_in("hr@council.example", good_password).session.value();
    ASSERT_TRUE(m_accounts->sign_out(session.token));
    EXPECT_FALSE(m_accounts->signed_in(session.token).value().has_value());
    EXPECT_FALSE(m_accounts->signed_in("").value().has_value());
}

TEST_P(AccountsTest, SettingANewPasswordEndsEveryOtherSession) {
    admin_with_password();
    auto old_session = sign_in("hr@council.example", good_password).session.value();
    auto link = m_accounts->issue_link("hr@council.example").value();
    auto reset =
        m_accounts->set_password(link.token, "a brand new passphrase", "a brand new passphrase").value();
    ASSERT_TRUE(reset.session.has_value());
    EXPECT_FALSE(m_accounts->signed_in(old_session.token).value().has_value());
    EXPECT_TRUE(m_accounts->signed_in(reset.session->token).value().has_value());
    EXPECT_EQ(sign_in("hr@council.example", good_password).refusal, app::SignInRefusal::WrongDetails);
}

TEST_P(AccountsTest, AClosedAccountEndsItsSessionsAndLinksAndSaysSoOnlyToWhoeverKnowsItsPassword) {
    const auto admin = admin_with_password();
    const auto session = sign_in(admin.email, good_password).session.value();
    const auto waiting = m_accounts->issue_link(admin.email).value();
    ASSERT_TRUE(m_accounts->close(admin.id));

    EXPECT_FALSE(m_accounts->signed_in(session.token).value().has_value());
    EXPECT_FALSE(m_accounts->user_for_link(waiting.token).value().has_value());
    EXPECT_EQ(sign_in(admin.email, good_password).refusal, app::SignInRefusal::Closed);
    EXPECT_EQ(sign_in(admin.email, "a wrong password here").refusal, app::SignInRefusal::WrongDetails);
    EXPECT_FALSE(m_accounts->issue_link(admin.email).has_value()) << "no new link for a closed account";

    ASSERT_TRUE(m_accounts->reopen(admin.id));
    EXPECT_TRUE(sign_in(admin.email, good_password).session.has_value()) << "reopened, it keeps its password";
}

TEST_P(AccountsTest, RevokingLinksKillsEveryUnusedOneButLeavesTheAccountOpen) {
    auto first = m_accounts->add_user("hr@council.example", domain::Role::Admin).value();
    auto second = m_accounts->issue_link("hr@council.example").value();
    ASSERT_TRUE(m_accounts->revoke_links(first.user.id));
    EXPECT_FALSE(m_accounts->user_for_link(first.token).value().has_value());
    EXPECT_FALSE(m_accounts->user_for_link(second.token).value().has_value());
    auto third = m_accounts->issue_link("hr@council.example").value();
    EXPECT_TRUE(m_accounts->user_for_link(third.token).value().has_value());
}

TEST_P(AccountsTest, SecretsAreStoredOnlyAsHashes) {
    auto link = m_accounts->add_user("hr@council.example", domain::Role::Admin).value();
    auto set = m_accounts->set_password(link.token, good_password, good_password).value();
    auto stored = m_store->accounts().find_user_by_email("hr@council.example").value().value();
    EXPECT_EQ(stored.password_hash.rfind("$argon2id$", 0), 0U);
    EXPECT_EQ(stored.password_hash.find(good_password), std::string::npos);
    EXPECT_FALSE(m_store->accounts().find_session(set.session->token).value().has_value());
    EXPECT_FALSE(
        m_store->accounts().find_sign_in_link(link.token, m_clock.now_seconds()).value().has_value());
}

INSTANTIATE_TEST_SUITE_P(Backends, AccountsTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         leadline::testing::backend_test_name);

} // namespace
