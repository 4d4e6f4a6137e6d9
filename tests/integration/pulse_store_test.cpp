// The storage contract for the pulse, on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include "support/cycle_settings.hpp"
#include "support/scratch_database.hpp"

using namespace leadline;
using leadline::testing::Backend;

namespace {

domain::Date day(const char* iso) {
    return domain::Date::parse(iso).value();
}

class PulseStore : public ::testing::TestWithParam<Backend> {
  protected:
    void SetUp() override {
        m_database = leadline::testing::ScratchDatabase::create(GetParam());
        LEADLINE_SKIP_WITHOUT(m_database);
        m_store = m_database->open();
        auto unit = m_store->people().ensure_unit({"Housing"}).value();
        for (const auto* who : {"sam", "ola"}) {
            const auto email = std::string(who) + "@council.example";
            people.push_back(
                m_store->people()
                    .save_person({{}, email, who, "G7", "Policy", "London", unit, std::nullopt, std::nullopt})
                    .value());
        }
        cycle = m_store->cycles().create_cycle(leadline::testing::september_cycle()).value();
    }

    app::PulseRepository& pulses() { return m_store->pulses(); }

    std::int64_t invite(domain::PersonId subject, const char* email, const char* hash, int round = 1) {
        app::PulseInvitation invitation;
        invitation.cycle = cycle;
        invitation.round = round;
        invitation.subject = subject;
        invitation.group = domain::RaterGroup::DirectReport;
        invitation.email = email;
        invitation.name = "Rater";
        return pulses().add_pulse_invitation(invitation, hash).value();
    }

    static domain::PulseAnswer answer(int a, int c, std::string feedforward = "") {
        return {{{domain::AttributeId("a"), a}, {domain::AttributeId("c"), c}}, std::move(feedforward)};
    }

    std::unique_ptr<leadline::testing::ScratchDatabase> m_database;
    std::unique_ptr<app::Store> m_store;
    std::vector<domain::PersonId> people;
    domain::CycleId cycle;
};

} // namespace

TEST_P(PulseStore, RoundsReadBackInOrderAndAreDueOnceWhileOpen) {
    const std::vector<domain::PulseRound> rounds{{1, day("2026-12-01"), day("2026-12-14")},
                                                 {2, day("2027-03-01"), day("2027-03-14")}};
    ASSERT_TRUE(pulses().set_pulse_rounds(cycle, rounds));
    const auto read = pulses().pulse_rounds(cycle).value();
    ASSERT_EQ(read.size(), 2U);
    EXPECT_EQ(read[1].opens_on, day("2027-03-01"));
    EXPECT_EQ(read[1].closes_on, day("2027-03-14"));
    EXPECT_TRUE(pulses().pulse_rounds_due(day("2026-11-30")).value().empty());
    const auto due = pulses().pulse_rounds_due(day("2026-12-14")).value();
    ASSERT_EQ(due.size(), 1U);
    EXPECT_EQ(due[0].cycle, cycle);
    EXPECT_EQ(due[0].round.number, 1);
    EXPECT_TRUE(pulses().mark_pulse_round_invited(cycle, 1, 100).value());
    EXPECT_FALSE(pulses().mark_pulse_round_invited(cycle, 1, 200).value()) << "invited once";
    EXPECT_TRUE(pulses().pulse_rounds_due(day("2026-12-02")).value().empty());
    // New dates for the rounds keep the first round's invitations as sent; a dropped round goes.
    const std::vector<domain::PulseRound> moved{{1, day("2026-12-01"), day("2026-12-20")}};
    ASSERT_TRUE(pulses().set_pulse_rounds(cycle, moved));
    EXPECT_TRUE(pulses().pulse_rounds_due(day("2026-12-02")).value().empty());
    EXPECT_EQ(pulses().pulse_rounds(cycle).value().size(), 1U);
}

TEST_P(PulseStore, ItemsAndAnswersReadBackAndAWithdrawnLinkIsUnknownAndUncounted) {
    const std::vector<domain::PulseItem> items{{domain::AttributeId("c"), false},
                                               {domain::AttributeId("a"), true}};
    ASSERT_TRUE(pulses().set_pulse_items(cycle, 1, people[0], items));
    const auto read = pulses().pulse_items(cycle, 1, people[0]).value();
    ASSERT_EQ(read.size(), 2U);
    EXPECT_EQ(read[0].attribute.value(), "c");
    EXPECT_FALSE(read[0].focus);
    EXPECT_TRUE(read[1].focus);
    EXPECT_EQ(pulses().pulse_subjects(cycle, 1).value(), std::vector<domain::PersonId>{people[0]});

    const auto first = invite(people[0], "r1@council.example", "hash-1");
    const auto second = invite(people[0], "r2@council.example", "hash-2");
    const auto other = invite(people[1], "r3@council.example", "hash-3");
    const auto link = pulses().pulse_invitation_by_token("hash-2").value();
    ASSERT_TRUE(link);
    EXPECT_EQ(link->id, second);
    EXPECT_EQ(link->subject, people[0]);
    EXPECT_EQ(link->group, domain::RaterGroup::DirectReport);
    EXPECT_FALSE(link->answered_at);

    EXPECT_FALSE(pulses().pulse_answer(first).value()) << "not answered yet";
    ASSERT_TRUE(pulses().answer_pulse(first, answer(2, 0, "Keep it up"), 500));
    ASSERT_TRUE(pulses().answer_pulse(first, answer(3, 1, "Keep going"), 600)) << "a second answer replaces";
    ASSERT_TRUE(pulses().answer_pulse(second, {{}, "Only a suggestion"}, 700));
    ASSERT_TRUE(pulses().answer_pulse(other, answer(-1, 0), 800));
    const auto kept = pulses().pulse_answer(first).value();
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->feedforward, "Keep going");
    ASSERT_EQ(kept->ratings.size(), 2U);
    EXPECT_EQ(kept->ratings[0].change, 3);

    auto answers = pulses().pulse_answers(cycle, 1, people[0]).value();
    ASSERT_EQ(answers.size(), 2U);
    EXPECT_TRUE(answers[1].ratings.empty()) << "a suggestion without ratings still counts as an answer";
    const auto whole_round = pulses().pulse_round_answers(cycle, 1).value();
    ASSERT_EQ(whole_round.size(), 2U);
    EXPECT_EQ(whole_round.at(people[1]).size(), 1U);

    const auto counts = pulses().pulse_round_counts(cycle, 1).value();
    EXPECT_EQ(counts.subjects, 1);
    EXPECT_EQ(counts.invited, 3);
    EXPECT_EQ(counts.answered, 3);
    ASSERT_TRUE(pulses().withdraw_pulse_invitation(first));
    EXPECT_FALSE(pulses().pulse_invitation_by_token("hash-1").value());
    EXPECT_FALSE(pulses().pulse_answer(first).value());
    EXPECT_EQ(pulses().pulse_answers(cycle, 1, people[0]).value().size(), 1U);
    EXPECT_EQ(pulses().answer_pulse(first, answer(1, 1), 900).error().code, domain::ErrorCode::NotFound);
    const auto listed = pulses().pulse_invitations(cycle, 1, people[0]).value();
    ASSERT_EQ(listed.size(), 2U);
    EXPECT_TRUE(listed[0].withdrawn);
    EXPECT_FALSE(listed[0].answered_at);
    EXPECT_EQ(listed[1].answered_at, 700);
    EXPECT_EQ(pulses().withdraw_pulse_invitation(99999).error().code, domain::ErrorCode::NotFound);
    EXPECT_EQ(pulses().pulse_round_counts(cycle, 1).value().invited, 2) << "a withdrawn link is not counted";
    EXPECT_EQ(pulses().pulse_round_counts(cycle, 1).value().answered, 2);
}

TEST_P(PulseStore, AddedRatersAreKeptOnceAndErasingAPersonTakesTheirPulse) {
    ASSERT_TRUE(pulses().add_pulse_rater(cycle, people[0],
                                         {"kim@partner.example", "Kim", domain::RaterGroup::Partner}, 10));
    EXPECT_EQ(pulses()
                  .add_pulse_rater(cycle, people[0],
                                   {"kim@partner.example", "Kim", domain::RaterGroup::Partner}, 11)
                  .error()
                  .code,
              domain::ErrorCode::Conflict);
    const auto added = pulses().added_pulse_raters(cycle, people[0]).value();
    ASSERT_EQ(added.size(), 1U);
    EXPECT_EQ(added[0].group, domain::RaterGroup::Partner);

    ASSERT_TRUE(pulses().set_pulse_items(cycle, 1, people[0], {{domain::AttributeId("a"), true}}));
    const auto about_sam = invite(people[0], "ola@council.example", "hash-1");
    const auto by_sam = invite(people[1], "sam@council.example", "hash-2");
    ASSERT_TRUE(pulses().answer_pulse(about_sam, answer(1, 1), 10));
    ASSERT_TRUE(pulses().answer_pulse(by_sam, answer(2, 2), 10));
    ASSERT_TRUE(m_store->people().erase_person(people[0], "erased-1@leadline.invalid"));
    EXPECT_TRUE(pulses().pulse_items(cycle, 1, people[0]).value().empty());
    EXPECT_TRUE(pulses().pulse_invitations(cycle, 1, people[0]).value().empty());
    EXPECT_TRUE(pulses().added_pulse_raters(cycle, people[0]).value().empty());
    EXPECT_TRUE(pulses().pulse_answers(cycle, 1, people[1]).value().empty())
        << "Sam's answer about Ola goes too";
}

INSTANTIATE_TEST_SUITE_P(Backends, PulseStore, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         leadline::testing::backend_test_name);
