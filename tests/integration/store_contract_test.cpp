// The storage contract: every behaviour the app relies on, run against SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include "app/feedback/progress_cache.hpp"
#include "storage/soci_store_factory.hpp"
#include "support/cycle_settings.hpp"
#include "support/framework_builder.hpp"
#include "support/scratch_database.hpp"

using namespace leadline;
using leadline::testing::Backend;

namespace {

class StoreContract : public ::testing::TestWithParam<Backend> {
  protected:
    void SetUp() override {
        m_database = leadline::testing::ScratchDatabase::create(GetParam());
        LEADLINE_SKIP_WITHOUT(m_database);
        m_store = m_database->open();
    }

    app::Store& store() { return *m_store; }

    domain::PersonId add_person(const std::string& email,
                                std::optional<domain::PersonId> manager = std::nullopt) {
        auto unit = store().people().ensure_unit({"Housing", "Repairs"}).value();
        domain::Person person{{},   email,   "Name of " + email, "G7", "Policy", "London",
                              unit, manager, std::nullopt};
        return store().people().save_person(person).value();
    }

    static domain::CycleSettings settings() { return leadline::testing::september_cycle(); }

    // A cycle with one subject and a self and a peer nomination; returns the two nomination ids.
    std::pair<domain::NominationId, domain::NominationId> cycle_with_nominations(domain::CycleId& cycle_id) {
        const auto sam = add_person("sam@council.example");
        const auto alex = add_person("alex@council.example");
        cycle_id = store().cycles().create_cycle(settings()).value();
        EXPECT_TRUE(store().cycles().add_subject(cycle_id, {sam, "sam@council.example"}));
        auto self = store().cycles().add_nomination(
            cycle_id, {{}, sam, domain::RaterGroup::Self, {sam, "sam@council.example"}});
        auto peer = store().cycles().add_nomination(
            cycle_id, {{}, sam, domain::RaterGroup::Peer, {alex, "alex@council.example"}});
        return {self.value(), peer.value()};
    }

    std::unique_ptr<leadline::testing::ScratchDatabase> m_database;
    std::unique_ptr<app::Store> m_store;
};

} // namespace

TEST_P(StoreContract, NewDatabaseIsAtTheLatestSchema) {
    auto status = store().schema_status().value();
    EXPECT_EQ(status.database_version, status.latest_version);
    EXPECT_GE(status.latest_version, 1);
}

TEST_P(StoreContract, OpeningAgainAppliesNothingTwice) {
    m_store.reset();
    auto again = m_database->open();
    EXPECT_EQ(again->schema_status().value().database_version, again->schema_status().value().latest_version);
}

TEST_P(StoreContract, OnlySqliteKeepsAFeedOfChangesForRaterPages) {
    // PostgreSQL's sequences do not follow commit order, so a feed read from them could skip a change;
    // rater pages there are always read from the database.
    if (GetParam() == leadline::testing::Backend::Postgres) {
        EXPECT_EQ(app::change_feed_of(store()), nullptr);
        return;
    }
    ASSERT_NE(app::change_feed_of(store()), nullptr);
    domain::CycleId cycle;
    cycle_with_nominations(cycle);
    const auto before = app::change_feed_of(store())->latest().value();
    ASSERT_TRUE(store().cycles().save_state(cycle, domain::CycleState::Open));
    const auto changes = app::change_feed_of(store())->since(before, 100).value();
    ASSERT_EQ(changes.size(), 1U);
    EXPECT_EQ(changes[0].scope, app::cycle_scope(cycle.value()));
    EXPECT_GT(changes[0].position, before);
    EXPECT_EQ(app::change_feed_of(store())->latest().value(), changes[0].position);
}

TEST_P(StoreContract, RatersToRemindSayWhenTheyWereLastRemindedAndWhetherAnEmailStillWaits) {
    domain::CycleId cycle;
    const auto [self, peer] = cycle_with_nominations(cycle);
    const auto invitation = store().responses().create_invitation(peer, "first").value();
    const auto waiting = store().outbox().enqueue(
        app::new_message("alex@council.example", app::MessageKind::Invitation, "s", "b", 10));
    ASSERT_TRUE(waiting.has_value());
    auto raters = store().responses().unanswered(cycle).value();
    ASSERT_EQ(raters.size(), 1U);
    EXPECT_TRUE(raters[0].message_waiting) << "the invitation has not gone yet";
    EXPECT_EQ(raters[0].last_reminded_at, 0) << "never reminded";
    ASSERT_TRUE(store().outbox().mark_sent(*waiting, 20));
    ASSERT_TRUE(store().responses().add_invitation_link(invitation, "reminder", 5000));
    raters = store().responses().unanswered(cycle).value();
    EXPECT_FALSE(raters[0].message_waiting);
    EXPECT_EQ(raters[0].last_reminded_at, 5000);
}

TEST_P(StoreContract, ACyclesHeadingHoldsWhatTheWholeCycleSaysOfItsSettingsAndState) {
    domain::CycleId cycle;
    cycle_with_nominations(cycle);
    ASSERT_TRUE(store().cycles().save_state(cycle, domain::CycleState::Open));
    const auto whole = store().cycles().load_cycle(cycle).value();
    const auto heading = store().cycles().cycle_heading(cycle).value();
    EXPECT_EQ(heading.state, domain::CycleState::Open);
    EXPECT_EQ(heading.settings.name, whole.settings().name);
    EXPECT_EQ(heading.settings.closes_on, whole.settings().closes_on);
    EXPECT_EQ(heading.settings.rater_groups, whole.settings().rater_groups);
    EXPECT_EQ(store().cycles().cycle_heading(domain::CycleId{987654}).error().code,
              domain::ErrorCode::NotFound);
}

TEST_P(StoreContract, ANewClosingDateIsKept) {
    domain::CycleId cycle;
    cycle_with_nominations(cycle);
    ASSERT_TRUE(store().cycles().save_closing_date(cycle, domain::Date::parse("2027-02-14").value()));
    EXPECT_EQ(store().cycles().load_cycle(cycle).value().settings().closes_on.iso(), "2027-02-14");
}

TEST_P(StoreContract, EnsureUnitCreatesParentsOnceAndReusesThem) {
    auto team = store().people().ensure_unit({"Housing", "Repairs", "North"}).value();
    auto same = store().people().ensure_unit({"Housing", "Repairs", "North"}).value();
    EXPECT_EQ(team, same);
    auto units = store().people().units().value();
    ASSERT_EQ(units.size(), 3U);
    EXPECT_EQ(units[0].path, "Housing");
    EXPECT_FALSE(units[0].parent.has_value());
    EXPECT_EQ(units[2].path, "Housing/Repairs/North");
    EXPECT_EQ(units[2].parent, units[1].id);
}

TEST_P(StoreContract, SavingAPersonTwiceUpdatesByEmail) {
    const auto first = add_person("sam@council.example");
    auto unit = store().people().ensure_unit({"Finance"}).value();
    domain::Person changed{{},   "sam@council.example", "Sam Jones", "G6", "Finance", "Wales",
                           unit, std::nullopt,          std::nullopt};
    const auto second = store().people().save_person(changed).value();
    EXPECT_EQ(first, second);
    auto found = store().people().find_person("sam@council.example").value();
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->name, "Sam Jones");
    EXPECT_EQ(found->region, "Wales");
    EXPECT_EQ(found->unit, unit);
    EXPECT_EQ(store().people().people().value().size(), 1U);
}

TEST_P(StoreContract, KeepsTheLineManager) {
    const auto boss = add_person("boss@council.example");
    add_person("sam@council.example", boss);
    auto sam = store().people().find_person("sam@council.example").value();
    EXPECT_EQ(sam->line_manager, boss);
    EXPECT_FALSE(store().people().find_person("nobody@council.example").value().has_value());
    const auto managed = store().people().managed_by(boss).value();
    ASSERT_EQ(managed.size(), 1U);
    EXPECT_EQ(managed[0].email, "sam@council.example");
    EXPECT_TRUE(store().people().managed_by(sam->id).value().empty());
}

TEST_P(StoreContract, KeepsWhetherLineManagersMayReadReports) {
    for (const bool allowed : {false, true}) {
        domain::CycleSettings settings;
        settings.name = allowed ? "Shared with managers" : "Private";
        settings.framework = domain::FrameworkId("leadership-in-action");
        settings.framework_version = "1.0";
        settings.opens_on = domain::Date::parse("2026-09-01").value();
        settings.closes_on = domain::Date::parse("2026-09-30").value();
        settings.rater_groups = {domain::RaterGroup::Self, domain::RaterGroup::Peer};
        settings.line_managers_see_reports = allowed;
        const auto id = store().cycles().create_cycle(settings).value();
        EXPECT_EQ(store().cycles().load_cycle(id).value().settings().line_managers_see_reports, allowed);
    }
}

TEST_P(StoreContract, CycleRoundTripsWithItsSettingsSubjectsAndNominations) {
    domain::CycleId cycle_id;
    const auto [self, peer] = cycle_with_nominations(cycle_id);
    auto cycle = store().cycles().load_cycle(cycle_id).value();
    EXPECT_EQ(cycle.settings().name, "Leaders 2026");
    EXPECT_EQ(cycle.settings().closes_on.iso(), "2026-09-30");
    EXPECT_EQ(cycle.state(), domain::CycleState::Draft);
    EXPECT_EQ(cycle.settings().anonymity.group_minimum(domain::RaterGroup::Peer), 4);
    EXPECT_EQ(cycle.settings().anonymity.comment_minimum(), 5);
    EXPECT_EQ(cycle.settings().anonymity.manager_visibility(), domain::ManagerVisibility::Anonymous);
    EXPECT_EQ(cycle.settings().rater_groups.size(), 3U);
    ASSERT_EQ(cycle.subjects().size(), 1U);
    EXPECT_EQ(cycle.subjects()[0].email, "sam@council.example");
    ASSERT_EQ(cycle.nominations().size(), 2U);
    EXPECT_EQ(cycle.nominations()[1].id, peer);
    EXPECT_EQ(cycle.nominations()[1].group, domain::RaterGroup::Peer);

    ASSERT_TRUE(store().cycles().save_state(cycle_id, domain::CycleState::Open));
    EXPECT_EQ(store().cycles().load_cycle(cycle_id).value().state(), domain::CycleState::Open);
    auto summaries = store().cycles().cycles().value();
    ASSERT_EQ(summaries.size(), 1U);
    EXPECT_EQ(summaries[0].subjects, 1U);
}

TEST_P(StoreContract, AMissingCycleIsNotFound) {
    auto missing = store().cycles().load_cycle(domain::CycleId{999});
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().code, domain::ErrorCode::NotFound);
}

TEST_P(StoreContract, TheSameRaterTwiceForOneSubjectIsAConflict) {
    domain::CycleId cycle_id;
    cycle_with_nominations(cycle_id);
    auto sam = store().people().find_person("sam@council.example").value()->id;
    auto again = store().cycles().add_nomination(
        cycle_id, {{}, sam, domain::RaterGroup::Partner, {std::nullopt, "alex@council.example"}});
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().code, domain::ErrorCode::Conflict);
}

TEST_P(StoreContract, ANominationIsRemovedOnlyBeforeItsInvitation) {
    domain::CycleId cycle_id;
    const auto [self, peer] = cycle_with_nominations(cycle_id);
    ASSERT_TRUE(store().responses().create_invitation(self, "self-link").has_value());
    auto invited = store().cycles().remove_nomination(self);
    ASSERT_FALSE(invited.has_value());
    EXPECT_EQ(invited.error().code, domain::ErrorCode::Conflict);
    ASSERT_TRUE(store().cycles().remove_nomination(peer).has_value());
    const auto cycle = store().cycles().load_cycle(cycle_id).value();
    ASSERT_EQ(cycle.nominations().size(), 1U);
    EXPECT_EQ(cycle.nominations()[0].id, self);
}

TEST_P(StoreContract, FindsAnInvitationByItsTokenHashOnly) {
    domain::CycleId cycle_id;
    const auto [self, peer] = cycle_with_nominations(cycle_id);
    auto invitation = store().responses().create_invitation(peer, "hash-of-token").value();
    auto found = store().responses().invitation_context("hash-of-token").value();
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->invitation, invitation);
    EXPECT_EQ(found->nomination, peer);
    EXPECT_FALSE(found->response.has_value());
    EXPECT_FALSE(store().responses().invitation_context("other").value().has_value());
}

TEST_P(StoreContract, AnInvitationHasOneResponse) {
    domain::CycleId cycle_id;
    const auto [self, peer] = cycle_with_nominations(cycle_id);
    auto invitation = store().responses().create_invitation(peer, "h").value();
    auto response = store().responses().create_response(invitation).value();
    auto second = store().responses().create_response(invitation);
    ASSERT_FALSE(second.has_value());
    EXPECT_EQ(second.error().code, domain::ErrorCode::Conflict);
    EXPECT_EQ(store().responses().invitation_context("h").value()->response, response);
}

TEST_P(StoreContract, SavedAnswersReadBackExactlyIncludingNotObserved) {
    domain::CycleId cycle_id;
    const auto [self, peer] = cycle_with_nominations(cycle_id);
    const auto framework = leadline::testing::small_framework();
    auto invitation = store().responses().create_invitation(peer, "h").value();
    domain::Response response(store().responses().create_response(invitation).value(), invitation);
    const auto open = domain::CycleState::Open;
    ASSERT_TRUE(response.rate(invitation, open, framework, domain::BehaviourId("listening-1"),
                              domain::Rating::of(4)));
    ASSERT_TRUE(response.rate(invitation, open, framework, domain::BehaviourId("listening-2"),
                              domain::Rating::not_observed()));
    ASSERT_TRUE(response.comment(invitation, open, framework, domain::AttributeId("courage"),
                                 domain::CommentKind::ToDevelop, "Speak up \"more\" — in meetings, too"));
    ASSERT_TRUE(store().responses().save_response(response));

    auto loaded = store().responses().load_response(response.id()).value();
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(loaded->ratings(), response.ratings());
    EXPECT_EQ(loaded->comments(), response.comments());
    EXPECT_EQ(loaded->state(), domain::ResponseState::Draft);

    ASSERT_TRUE(response.rate(invitation, open, framework, domain::BehaviourId("listening-1"),
                              domain::Rating::of(2)));
    ASSERT_TRUE(response.submit(invitation, open));
    ASSERT_TRUE(store().responses().save_response(response));
    loaded = store().responses().load_response(response.id()).value();
    EXPECT_EQ(loaded->ratings().at(domain::BehaviourId("listening-1")), domain::Rating::of(2));
    EXPECT_EQ(loaded->state(), domain::ResponseState::Submitted);
}

TEST_P(StoreContract, SavingOnePagesAnswersLeavesOtherPagesAsTheyAre) {
    domain::CycleId cycle_id;
    const auto [self, peer] = cycle_with_nominations(cycle_id);
    const auto framework = leadline::testing::small_framework();
    const auto open = domain::CycleState::Open;
    auto invitation = store().responses().create_invitation(peer, "h").value();
    const auto id = store().responses().create_response(invitation).value();
    // Two browser tabs: each started from the empty response and saves its own page.
    domain::Response first_tab(id, invitation);
    domain::Response second_tab(id, invitation);
    ASSERT_TRUE(first_tab.rate(invitation, open, framework, domain::BehaviourId("listening-1"),
                               domain::Rating::of(4)));
    ASSERT_TRUE(first_tab.comment(invitation, open, framework, domain::AttributeId("listening"),
                                  domain::CommentKind::Strength, "Hears everyone"));
    ASSERT_TRUE(second_tab.rate(invitation, open, framework, domain::BehaviourId("courage-1"),
                                domain::Rating::of(2)));
    ASSERT_TRUE(store().responses().save_attribute_answers(first_tab, framework.attributes[0]));
    ASSERT_TRUE(store().responses().save_attribute_answers(second_tab, framework.attributes[1]));

    auto stored = store().responses().load_response(id).value();
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->ratings().at(domain::BehaviourId("listening-1")), domain::Rating::of(4));
    EXPECT_EQ(stored->ratings().at(domain::BehaviourId("courage-1")), domain::Rating::of(2));
    EXPECT_EQ(stored->comments().size(), 1U);

    // Saving the first page again replaces its answers and clears a comment taken away.
    ASSERT_TRUE(first_tab.rate(invitation, open, framework, domain::BehaviourId("listening-1"),
                               domain::Rating::of(5)));
    ASSERT_TRUE(first_tab.comment(invitation, open, framework, domain::AttributeId("listening"),
                                  domain::CommentKind::Strength, ""));
    ASSERT_TRUE(store().responses().save_attribute_answers(first_tab, framework.attributes[0]));
    stored = store().responses().load_response(id).value();
    EXPECT_EQ(stored->ratings().at(domain::BehaviourId("listening-1")), domain::Rating::of(5));
    EXPECT_EQ(stored->ratings().at(domain::BehaviourId("courage-1")), domain::Rating::of(2));
    EXPECT_TRUE(stored->comments().empty());
}

TEST_P(StoreContract, ReportsReadOnlySubmittedResponses) {
    domain::CycleId cycle_id;
    const auto [self, peer] = cycle_with_nominations(cycle_id);
    const auto framework = leadline::testing::small_framework();
    const auto open = domain::CycleState::Open;
    auto self_invitation = store().responses().create_invitation(self, "h1").value();
    auto peer_invitation = store().responses().create_invitation(peer, "h2").value();
    domain::Response draft(store().responses().create_response(self_invitation).value(), self_invitation);
    ASSERT_TRUE(draft.rate(self_invitation, open, framework, domain::BehaviourId("courage-1"),
                           domain::Rating::of(5)));
    ASSERT_TRUE(store().responses().save_response(draft));
    domain::Response submitted(store().responses().create_response(peer_invitation).value(), peer_invitation);
    ASSERT_TRUE(submitted.rate(peer_invitation, open, framework, domain::BehaviourId("courage-1"),
                               domain::Rating::of(3)));
    ASSERT_TRUE(submitted.submit(peer_invitation, open));
    ASSERT_TRUE(store().responses().save_response(submitted));

    auto responses = store().responses().submitted_responses(cycle_id).value();
    ASSERT_EQ(responses.size(), 1U);
    EXPECT_EQ(responses[0].group, domain::RaterGroup::Peer);
    EXPECT_EQ(responses[0].nomination, peer);
    EXPECT_EQ(responses[0].response.ratings().at(domain::BehaviourId("courage-1")), domain::Rating::of(3));
}

TEST_P(StoreContract, ErasingARaterKeepsTheirRatingsUnattributedAndErasingASubjectTakesTheirAnswers) {
    domain::CycleId cycle_id;
    const auto [self, peer] = cycle_with_nominations(cycle_id);
    const auto framework = leadline::testing::small_framework();
    const auto open = domain::CycleState::Open;
    auto invitation = store().responses().create_invitation(peer, "h").value();
    domain::Response answers(store().responses().create_response(invitation).value(), invitation);
    ASSERT_TRUE(
        answers.rate(invitation, open, framework, domain::BehaviourId("courage-1"), domain::Rating::of(3)));
    ASSERT_TRUE(answers.comment(invitation, open, framework, domain::AttributeId("courage"),
                                domain::CommentKind::Strength, "Says what others will not"));
    ASSERT_TRUE(answers.submit(invitation, open));
    ASSERT_TRUE(store().responses().save_response(answers));
    const auto alex = store().people().find_person("alex@council.example").value()->id;

    ASSERT_TRUE(store().in_transaction(
        [&] { return store().people().erase_person(alex, "erased-1@erased.invalid"); }));
    auto responses = store().responses().submitted_responses(cycle_id).value();
    ASSERT_EQ(responses.size(), 1U) << "the rating stays in the subject's figures";
    EXPECT_EQ(responses[0].response.ratings().at(domain::BehaviourId("courage-1")), domain::Rating::of(3));
    EXPECT_TRUE(responses[0].response.comments().empty()) << "what they wrote goes";
    const auto cycle = store().cycles().load_cycle(cycle_id).value();
    for (const auto& nomination : cycle.nominations()) {
        EXPECT_NE(nomination.rater.email, "alex@council.example");
        EXPECT_NE(nomination.rater.person, std::optional<domain::PersonId>(alex));
    }
    EXPECT_FALSE(store().people().find_person("alex@council.example").value().has_value());
    EXPECT_EQ(store().people().person(alex).value()->name, "Erased person");

    const auto sam = store().people().find_person("sam@council.example").value()->id;
    ASSERT_TRUE(store().in_transaction(
        [&] { return store().people().erase_person(sam, "erased-2@erased.invalid"); }));
    EXPECT_TRUE(store().responses().submitted_responses(cycle_id).value().empty());
    EXPECT_TRUE(store().cycles().load_cycle(cycle_id).value().subjects().empty());
}

TEST_P(StoreContract, AFailedTransactionLeavesNothingBehind) {
    auto outcome = store().in_transaction([&]() -> domain::Result<void> {
        add_person("sam@council.example");
        return domain::fail(domain::ErrorCode::InvalidInput, "changed my mind");
    });
    ASSERT_FALSE(outcome.has_value());
    EXPECT_TRUE(store().people().people().value().empty());
    EXPECT_TRUE(store().people().units().value().empty());
}

TEST_P(StoreContract, ASuccessfulTransactionKeepsEverything) {
    ASSERT_TRUE(store().in_transaction([&]() -> domain::Result<void> {
        add_person("sam@council.example");
        add_person("jo@council.example");
        return {};
    }));
    EXPECT_EQ(store().people().people().value().size(), 2U);
}

TEST_P(StoreContract, AFrameworkVersionKeepsItsText) {
    ASSERT_TRUE(store().frameworks().save_framework("f", "1", "text one"));
    ASSERT_TRUE(store().frameworks().save_framework("f", "1", "text one"))
        << "saving the same text again is fine";
    auto changed = store().frameworks().save_framework("f", "1", "text two");
    ASSERT_FALSE(changed.has_value());
    EXPECT_EQ(changed.error().code, domain::ErrorCode::Conflict);
    EXPECT_EQ(store().frameworks().framework_text("f", "1").value(), std::optional<std::string>("text one"));
    EXPECT_FALSE(store().frameworks().framework_text("f", "2").value().has_value());
}

TEST_P(StoreContract, ProgressCountsNominatedInvitedAndSentPerSubjectAndGroup) {
    domain::CycleId cycle_id;
    const auto [self, peer] = cycle_with_nominations(cycle_id);
    const auto quiet = add_person("quiet@council.example");
    ASSERT_TRUE(store().cycles().add_subject(cycle_id, {quiet, "quiet@council.example"}));
    const auto invitation = store().responses().create_invitation(peer, "peer-hash").value();
    domain::Response response(store().responses().create_response(invitation).value(), invitation);
    ASSERT_TRUE(response.rate(invitation, domain::CycleState::Open, leadline::testing::small_framework(),
                              domain::BehaviourId("listening-1"), domain::Rating::of(4)));
    ASSERT_TRUE(response.submit(invitation, domain::CycleState::Open));
    ASSERT_TRUE(store().responses().save_response(response));
    static_cast<void>(self);

    auto counts = store().cycles().progress_counts(cycle_id).value();
    std::map<std::pair<std::string, std::string>, std::array<int, 3>> by_key;
    for (const auto& row : counts) {
        by_key[{row.email, row.group ? std::string(domain::to_string(*row.group)) : "-"}] = {
            row.nominated, row.invited, row.submitted};
    }
    EXPECT_EQ(by_key.size(), 3U);
    EXPECT_EQ((by_key[{"sam@council.example", "self"}]), (std::array<int, 3>{1, 0, 0}));
    EXPECT_EQ((by_key[{"sam@council.example", "peer"}]), (std::array<int, 3>{1, 1, 1}));
    EXPECT_EQ((by_key[{"quiet@council.example", "-"}]), (std::array<int, 3>{0, 0, 0}));
}

// The progress page is kept in memory between changes: whatever changes a figure or a name on it must
// show on the next read, whichever table it touches.
TEST_P(StoreContract, ProgressKeptInMemoryShowsEveryChangeOnTheNextRead) {
    domain::CycleId cycle_id;
    const auto [self, peer] = cycle_with_nominations(cycle_id);
    static_cast<void>(self);
    app::ProgressCache cache;
    auto sam_of = [&]() {
        auto overview = cache.overview(store(), cycle_id).value();
        EXPECT_FALSE(overview->subjects.empty());
        return overview;
    };
    auto first = sam_of();
    ASSERT_EQ(first->subjects.size(), 1U);
    EXPECT_EQ(first->subjects[0].nominated(), 2);
    const auto reads = cache.reads();
    EXPECT_EQ(sam_of()->subjects[0].nominated(), 2);
    if (store().file_database() != nullptr) {
        EXPECT_EQ(cache.reads(), reads) << "nothing changed, so the page should come from memory";
    }

    const auto kim = add_person("kim@council.example");
    ASSERT_TRUE(store().cycles().add_nomination(
        cycle_id, {{},
                   store().people().find_person("sam@council.example").value()->id,
                   domain::RaterGroup::Peer,
                   {kim, "kim@council.example"}}));
    EXPECT_EQ(sam_of()->subjects[0].nominated(), 3) << "a new nomination";

    const auto quiet = add_person("quiet@council.example");
    ASSERT_TRUE(store().cycles().add_subject(cycle_id, {quiet, "quiet@council.example"}));
    EXPECT_EQ(sam_of()->subjects.size(), 2U) << "a new subject";

    const auto invitation = store().responses().create_invitation(peer, "peer-hash").value();
    auto invited = sam_of();
    const auto& sam =
        invited->subjects[0].email == "sam@council.example" ? invited->subjects[0] : invited->subjects[1];
    EXPECT_EQ(
        std::count_if(sam.groups.begin(), sam.groups.end(), [](const auto& g) { return g.invited > 0; }), 1)
        << "a new invitation";

    domain::Response response(store().responses().create_response(invitation).value(), invitation);
    ASSERT_TRUE(response.rate(invitation, domain::CycleState::Open, leadline::testing::small_framework(),
                              domain::BehaviourId("listening-1"), domain::Rating::of(4)));
    ASSERT_TRUE(response.submit(invitation, domain::CycleState::Open));
    ASSERT_TRUE(store().responses().save_response(response));
    auto answered = sam_of();
    int submitted = 0;
    for (const auto& subject : answered->subjects) {
        submitted += subject.submitted();
    }
    EXPECT_EQ(submitted, 1) << "an answer sent";

    auto renamed = store().people().find_person("quiet@council.example").value().value();
    renamed.name = "Quinn Renamed";
    ASSERT_TRUE(store().people().save_person(renamed));
    auto after_rename = sam_of();
    EXPECT_TRUE(std::any_of(after_rename->subjects.begin(), after_rename->subjects.end(),
                            [](const auto& subject) { return subject.name == "Quinn Renamed"; }))
        << "a corrected name";
}

TEST_P(StoreContract, AFailedEmailWaitsOutItsDelayAndIsGivenUpOnUntilAnAdminAsksAgain) {
    auto& outbox = store().outbox();
    const auto failing =
        outbox.enqueue(app::new_message("gone@x.example", app::MessageKind::Reminder, "R", "t", 100)).value();
    const auto later =
        outbox.enqueue(app::new_message("b@x.example", app::MessageKind::Reminder, "R", "t", 101)).value();
    ASSERT_TRUE(outbox.mark_failed(failing, "mailbox unavailable", 160));
    auto due = outbox.due(10, 159).value();
    ASSERT_EQ(due.size(), 1U);
    EXPECT_EQ(due[0].id, later) << "the failed one waits out its delay";
    EXPECT_EQ(outbox.due(10, 160).value().size(), 2U);
    for (int attempt = 2; attempt <= app::most_delivery_attempts; ++attempt) {
        ASSERT_TRUE(outbox.mark_failed(failing, "mailbox unavailable", 160));
    }
    const auto waiting = outbox.unsent(10).value();
    ASSERT_EQ(waiting.size(), 2U);
    EXPECT_TRUE(app::given_up(waiting[0]));
    EXPECT_EQ(waiting[0].attempts, app::most_delivery_attempts);
    EXPECT_EQ(outbox.due(10, 100000).value().size(), 1U) << "given up: not tried again, not in the way";

    EXPECT_TRUE(outbox.retry(failing).value());
    due = outbox.due(10, 160).value();
    ASSERT_EQ(due.size(), 2U) << "an admin's retry makes it due at once";
    EXPECT_EQ(due[0].attempts, 0);

    EXPECT_TRUE(outbox.mark_sent_by_hand(failing, 170).value());
    EXPECT_FALSE(outbox.mark_sent_by_hand(failing, 171).value()) << "already sent";
    EXPECT_FALSE(outbox.retry(failing).value()) << "a sent message is not sent again";
    EXPECT_FALSE(outbox.retry(987654).value());
    const auto sent = outbox.recent(10).value();
    const auto by_hand =
        std::find_if(sent.begin(), sent.end(), [&](const auto& m) { return m.id == failing; });
    ASSERT_NE(by_hand, sent.end());
    EXPECT_EQ(by_hand->sent_at, std::optional<std::int64_t>(170));
    EXPECT_TRUE(by_hand->body.empty()) << "its private link is forgotten";
}

TEST(OutboxRetries, TheDelayDoublesFromAMinute) {
    EXPECT_EQ(app::retry_delay_seconds(1), 60);
    EXPECT_EQ(app::retry_delay_seconds(2), 120);
    EXPECT_EQ(app::retry_delay_seconds(7), 3840);
    std::int64_t total = 0;
    for (int attempt = 1; attempt < app::most_delivery_attempts; ++attempt) {
        total += app::retry_delay_seconds(attempt);
    }
    EXPECT_EQ(total, 127 * 60) << "about two hours from the first try to the last";
}

TEST_P(StoreContract, TheOutboxKeepsMessagesUntilSentAndThenForgetsTheirText) {
    auto first =
        store()
            .outbox()
            .enqueue(app::new_message("a@x.example", app::MessageKind::Invitation, "Feedback for Sam",
                                      "Your link: https://l.example/r/secret", 100))
            .value();
    auto second =
        store()
            .outbox()
            .enqueue(app::new_message("b@x.example", app::MessageKind::Reminder, "Reminder", "text", 101))
            .value();
    auto waiting = store().outbox().unsent(10).value();
    ASSERT_EQ(waiting.size(), 2U);
    EXPECT_EQ(waiting[0].id, first);
    EXPECT_EQ(waiting[0].kind, app::MessageKind::Invitation);
    ASSERT_TRUE(store().outbox().mark_failed(second, "connection refused", 160));
    ASSERT_TRUE(store().outbox().mark_sent(first, 200));
    waiting = store().outbox().unsent(10).value();
    ASSERT_EQ(waiting.size(), 1U);
    EXPECT_EQ(waiting[0].last_error, "connection refused");
    EXPECT_EQ(waiting[0].attempts, 1);
    const auto all = store().outbox().recent(10).value();
    ASSERT_EQ(all.size(), 2U);
    EXPECT_EQ(all[1].id, first) << "newest first";
    EXPECT_EQ(all[1].sent_at, 200);
    EXPECT_EQ(all[1].body, "") << "the private link is gone once sent";
}

TEST_P(StoreContract, EveryLinkGivenForAnInvitationFindsIt) {
    domain::CycleId cycle_id;
    const auto [self, peer] = cycle_with_nominations(cycle_id);
    EXPECT_EQ(store().responses().uninvited(cycle_id).value().size(), 2U);
    const auto invitation = store().responses().create_invitation(peer, "first-link").value();
    ASSERT_TRUE(store().responses().add_invitation_link(invitation, "second-link", 50));
    EXPECT_EQ(store().responses().invitation_context("first-link").value()->invitation, invitation);
    EXPECT_EQ(store().responses().invitation_context("second-link").value()->invitation, invitation);
    const auto uninvited = store().responses().uninvited(cycle_id).value();
    ASSERT_EQ(uninvited.size(), 1U);
    EXPECT_EQ(uninvited[0].nomination, self);
    const auto unanswered = store().responses().unanswered(cycle_id).value();
    ASSERT_EQ(unanswered.size(), 1U);
    EXPECT_EQ(unanswered[0].invitation, invitation);
    EXPECT_EQ(unanswered[0].rater_email, "alex@council.example");
    EXPECT_FALSE(store().responses().add_invitation_link(invitation, "first-link", 60)) << "a link is unique";
}

TEST_P(StoreContract, KeepsSavedLearningSetsNewestFirst) {
    const auto sam = add_person("sam@council.example");
    const auto alex = add_person("alex@council.example");
    const auto kim = add_person("kim@council.example");
    domain::CycleId cycle;
    cycle_with_nominations(cycle);
    const auto first =
        store().learning_sets().save_learning_sets({0, "Spring sets", 100, cycle, {{sam, kim}, {alex}}});
    const auto second =
        store().learning_sets().save_learning_sets({0, "Autumn sets", 200, std::nullopt, {{kim}}});
    ASSERT_TRUE(first && second);
    const auto plans = store().learning_sets().learning_set_plans().value();
    ASSERT_EQ(plans.size(), 2U);
    EXPECT_EQ(plans[0].name, "Autumn sets");
    EXPECT_FALSE(plans[0].cycle);
    EXPECT_EQ(plans[1].cycle, cycle);
    EXPECT_EQ(plans[1].sets, 2U);
    EXPECT_EQ(plans[1].people, 3U);
    const auto saved = store().learning_sets().learning_sets(*first).value();
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->name, "Spring sets");
    EXPECT_EQ(saved->created_at, 100);
    ASSERT_EQ(saved->sets.size(), 2U);
    EXPECT_EQ(saved->sets[0], (std::vector<domain::PersonId>{std::min(sam, kim), std::max(sam, kim)}));
    EXPECT_EQ(saved->sets[1], std::vector<domain::PersonId>{alex});
    EXPECT_FALSE(store().learning_sets().learning_sets(*second + 100).value());
}

TEST_P(StoreContract, ConfirmsLearningSetsOnceAndFindsThemByMember) {
    const auto sam = add_person("sam@council.example");
    const auto alex = add_person("alex@council.example");
    const auto kim = add_person("kim@council.example");
    auto& sets = store().learning_sets();
    const auto spring = sets.save_learning_sets({0, "Spring sets", 100, std::nullopt, {{sam, kim}, {alex}}});
    const auto autumn = sets.save_learning_sets({0, "Autumn sets", 200, std::nullopt, {{kim, alex}}});
    ASSERT_TRUE(spring && autumn);
    EXPECT_TRUE(sets.confirmed_learning_sets_with(kim).value().empty())
        << "nobody is in a set before it is confirmed";
    EXPECT_TRUE(sets.confirm_learning_sets(*spring, 300).value());
    EXPECT_FALSE(sets.confirm_learning_sets(*spring, 400).value()) << "a second confirmation changes nothing";
    EXPECT_EQ(sets.learning_sets(*spring).value()->confirmed_at, 300);
    EXPECT_EQ(sets.learning_sets(*autumn).value()->confirmed_at, 0);
    EXPECT_TRUE(sets.confirm_learning_sets(*autumn, 500).value());
    EXPECT_EQ(sets.confirmed_learning_sets_with(kim).value(), (std::vector<std::int64_t>{*autumn, *spring}))
        << "newest first";
    EXPECT_EQ(sets.confirmed_learning_sets_with(sam).value(), std::vector<std::int64_t>{*spring});
    const auto plans = sets.learning_set_plans().value();
    ASSERT_EQ(plans.size(), 2U);
    EXPECT_EQ(plans[1].confirmed_at, 300);
    EXPECT_FALSE(sets.confirm_learning_sets(*autumn + 100, 600).value()) << "no such plan";
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreContract, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         leadline::testing::backend_test_name);
