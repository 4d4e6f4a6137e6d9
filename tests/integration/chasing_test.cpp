// Nudging subjects who have still to choose raters, on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include "app/accounts/accounts.hpp"
#include "app/feedback/chasing.hpp"
#include "support/cycle_settings.hpp"
#include "support/scratch_database.hpp"
#include "support/settable_clock.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::Backend;
using leadline::testing::contains;

namespace {

constexpr std::int64_t hour = 60 * 60;

class ChasingTest : public ::testing::TestWithParam<Backend> {
  protected:
    void SetUp() override {
        m_database = leadline::testing::ScratchDatabase::create(GetParam());
        LEADLINE_SKIP_WITHOUT(m_database);
        m_store = m_database->open();
        m_cycle = m_store->cycles().create_cycle(settings()).value();
        // Sam has asked no one; Pat two peers of the four needed; Kim four peers, enough.
        const auto sam = subject("sam@council.example", "Sam Shah", 0);
        const auto pat = subject("pat@council.example", "Pat Okoro", 2);
        const auto kim = subject("kim@council.example", "Kim Lee", 4);
        static_cast<void>(sam);
        static_cast<void>(pat);
        static_cast<void>(kim);
    }

    static domain::CycleSettings settings() { return leadline::testing::september_cycle(); }

    domain::PersonId person(const std::string& email, const std::string& name) {
        auto unit = m_store->people().ensure_unit({"Housing"}).value();
        return m_store->people()
            .save_person({{}, email, name, "G7", "Policy", "London", unit, {}, {}})
            .value();
    }

    domain::PersonId subject(const std::string& email, const std::string& name, int peers) {
        const auto id = person(email, name);
        EXPECT_TRUE(m_store->cycles().add_subject(m_cycle, {id, email}));
        EXPECT_TRUE(
            m_store->cycles().add_nomination(m_cycle, {{}, id, domain::RaterGroup::Self, {id, email}}));
        for (int i = 0; i < peers; ++i) {
            const auto peer_email = "peer" + std::to_string(i) + "." + email;
            const auto peer = person(peer_email, "Peer " + std::to_string(i));
            EXPECT_TRUE(m_store->cycles().add_nomination(
                m_cycle, {{}, id, domain::RaterGroup::Peer, {peer, peer_email}}));
        }
        return id;
    }

    int nudge() {
        return app::Chasing(*m_store, m_clock, "https://360.council.example/")
            .nudge_subjects(m_cycle)
            .value();
    }

    std::vector<app::OutboxMessage> waiting() { return m_store->outbox().unsent(100).value(); }

    void send_everything() {
        for (const auto& message : waiting()) {
            ASSERT_TRUE(m_store->outbox().mark_sent(message.id, m_clock.now_seconds()));
        }
    }

    leadline::testing::SettableClock m_clock;
    std::unique_ptr<leadline::testing::ScratchDatabase> m_database;
    std::unique_ptr<app::Store> m_store;
    domain::CycleId m_cycle;
};

TEST_P(ChasingTest, SubjectsStillChoosingAreNudgedWithWhatIsShortAndAWayIn) {
    EXPECT_EQ(nudge(), 2) << "Sam and Pat, not Kim";
    const auto messages = waiting();
    ASSERT_EQ(messages.size(), 2U);
    for (const auto& message : messages) {
        EXPECT_EQ(message.kind, app::MessageKind::NominationNudge);
        EXPECT_EQ(message.subject, "Choose who gives you feedback: Leaders 2026");
        EXPECT_TRUE(contains(message.body, "30 September 2026"));
        EXPECT_TRUE(contains(message.body, "https://360.council.example/sign-in/"))
            << "no password set yet: a fresh one-time link";
    }
    const auto& sam = messages[0].to == "sam@council.example" ? messages[0] : messages[1];
    const auto& pat = messages[0].to == "pat@council.example" ? messages[0] : messages[1];
    EXPECT_TRUE(contains(sam.body, "Hello Sam Shah"));
    EXPECT_TRUE(contains(sam.body, "You have not asked anyone yet."));
    EXPECT_TRUE(contains(pat.body, "- Peers: 2 asked, at least 4 needed\n"));
    EXPECT_FALSE(contains(pat.body, "Partners")) << "no partner was asked, so none is expected";
}

TEST_P(ChasingTest, ASubjectIsNudgedAtMostOnceADayAndNotWhileANudgeWaits) {
    ASSERT_EQ(nudge(), 2);
    m_clock.advance(25 * hour);
    EXPECT_EQ(nudge(), 0) << "the first nudges still wait in the outbox";
    send_everything();
    EXPECT_EQ(nudge(), 2) << "sent, and a day has passed";
    send_everything();
    m_clock.advance(23 * hour);
    EXPECT_EQ(nudge(), 0) << "within a day of the last";
    const auto overview = app::CycleAdministration(*m_store).overview(m_cycle).value();
    const auto chased = app::subjects_to_chase(*m_store, overview).value();
    ASSERT_EQ(chased.size(), 2U);
    EXPECT_EQ(chased[0].progress->name, "Pat Okoro") << "in name order";
    EXPECT_EQ(chased[0].last_nudged_at, m_clock.now_seconds() - 23 * hour);
    EXPECT_FALSE(chased[0].message_waiting);
}

TEST_P(ChasingTest, SomeoneWithAPasswordIsSentToTheSignInPageAndAClosedCycleNudgesNoOne) {
    app::Accounts accounts(*m_store, m_clock);
    const auto link = accounts.add_user("sam@council.example", domain::Role::Participant).value();
    ASSERT_TRUE(accounts.set_password(link.token, "a long enough password", "a long enough password"));
    ASSERT_EQ(nudge(), 2);
    for (const auto& message : waiting()) {
        if (message.to == "sam@council.example") {
            EXPECT_TRUE(contains(message.body, "Sign in at https://360.council.example/sign-in\n"));
            EXPECT_FALSE(contains(message.body, "/sign-in/"));
        }
    }
    ASSERT_TRUE(m_store->cycles().save_state(m_cycle, domain::CycleState::Closed));
    auto refused = app::Chasing(*m_store, m_clock, "").nudge_subjects(m_cycle);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, domain::ErrorCode::FailedPrecondition);
}

INSTANTIATE_TEST_SUITE_P(Backends, ChasingTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         leadline::testing::backend_test_name);

} // namespace
