// The participant's journey: their cycles, asking raters (from the directory or by email), counts of
// answers per group, and their self-assessment.
#include <gtest/gtest.h>

#include <algorithm>

#include "app/accounts/accounts.hpp"
#include "app/feedback/enrolment.hpp"
#include "support/demo_site.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::Browser;
using leadline::testing::contains;
using leadline::testing::form_token_in;

namespace {

class ParticipantJourney : public ::testing::Test {
  protected:
    void SetUp() override {
        me.choose_password(site.add_account(site.open_subject_email(), domain::Role::Participant),
                           "a long enough password");
        const auto all = site.store().cycles().cycles().value();
        for (const auto& cycle : all) {
            if (cycle.state == domain::CycleState::Open) {
                open_cycle = cycle.id;
            }
        }
        page = "/me/cycles/" + std::to_string(open_cycle.value());
    }

    // Someone in the directory who is neither me nor already asked by me.
    const app::DemoPerson& colleague() {
        const auto subject = site.demo().open_cycle.subjects.at(0);
        for (std::size_t i = 0; i < site.demo().people.size(); ++i) {
            bool asked = i == subject;
            for (const auto& nomination : site.demo().open_cycle.nominations) {
                asked = asked || (nomination.subject == subject && nomination.colleague == i);
            }
            if (!asked) {
                return site.demo().people[i];
            }
        }
        throw std::logic_error("everyone was asked");
    }

    web::Response ask(const std::string& email, const std::string& group) {
        return me.submit(page, page + "/raters", {{"email", email}, {"group", group}});
    }

    leadline::testing::DemoSite site;
    Browser me{site};
    domain::CycleId open_cycle;
    std::string page;
};

} // namespace

TEST_F(ParticipantJourney, MyPageListsTheCyclesImIn) {
    auto home = me.get("/me");
    EXPECT_EQ(home.status, 200);
    EXPECT_TRUE(contains(home.body, "Team leaders 360, winter 2026"));
    EXPECT_TRUE(contains(home.body, page));
}

TEST_F(ParticipantJourney, ICanSeeHowManyAnsweredPerGroupButNotWho) {
    auto cycle = me.get(page);
    ASSERT_EQ(cycle.status, 200);
    EXPECT_TRUE(contains(cycle.body, "Who you have asked"));
    EXPECT_TRUE(contains(cycle.body, "Peers"));
    EXPECT_TRUE(contains(cycle.body, "never who"));
    EXPECT_FALSE(contains(cycle.body, "/r/")) << "no rater's link is ever shown to the subject";
}

TEST_F(ParticipantJourney, RateYourselfOpensMySelfAssessment) {
    auto go = me.submit(page, page + "/self", {});
    ASSERT_EQ(go.status, 303);
    const auto target = *go.header("Location");
    ASSERT_EQ(target.rfind("/r/", 0), 0U);
    auto questionnaire = me.get(target);
    EXPECT_EQ(questionnaire.status, 200);
    EXPECT_TRUE(contains(questionnaire.body, "Your self-assessment"));
}

TEST_F(ParticipantJourney, AskingAColleagueFromTheDirectoryInvitesThemAtOnce) {
    const auto& person = colleague();
    const auto surname = person.name.substr(person.name.find(' ') + 1);
    auto found = me.get(page + "?q=" + surname);
    EXPECT_TRUE(contains(found.body, person.email));
    auto prefilled = me.get(page + "?email=" + person.email);
    EXPECT_TRUE(contains(prefilled.body, "value=\"" + person.email + "\""));

    auto asked = ask(person.email, "peer");
    ASSERT_EQ(asked.status, 303);
    auto after = me.get(*asked.header("Location"));
    EXPECT_TRUE(contains(after.body, "Your request is saved"));
    EXPECT_TRUE(contains(after.body, person.email));
    bool invited = false;
    const auto messages = site.store().outbox().recent(100).value();
    for (const auto& message : messages) {
        if (message.to == person.email && message.kind == app::MessageKind::Invitation) {
            const auto link = message.body.substr(message.body.find("/r/"));
            invited = site.get(link.substr(0, link.find('\n'))).status == 200;
        }
    }
    EXPECT_TRUE(invited) << "an open cycle invites a new rater at once, with a working link";
}

TEST_F(ParticipantJourney, PartnersCanBeAskedByEmailAloneButColleaguesMustBeInTheDirectory) {
    EXPECT_EQ(ask("chair@charity.example", "partner").status, 303);
    auto refused = ask("stranger@elsewhere.example", "peer");
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "No one in the people directory"));
    EXPECT_TRUE(contains(refused.body, "value=\"stranger@elsewhere.example\""));
    EXPECT_TRUE(contains(refused.body,
                         "id=\"rater-group-peer\" name=\"group\" type=\"radio\" value=\"peer\" checked"));
}

TEST_F(ParticipantJourney, SomeoneWhoHasLeftCannotBeAskedNorFoundInTheDirectory) {
    auto leaver = site.store().people().find_person(colleague().email).value().value();
    leaver.left_at = site.clock().now_seconds();
    ASSERT_TRUE(site.store().people().save_person(leaver));
    const auto refused = ask(leaver.email, "peer");
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "belongs to someone who has left"));
    const auto search = me.get(page + "?q=" + web::url_encoded(leaver.name));
    EXPECT_FALSE(contains(search.body, leaver.email)) << "a leaver is not offered";
}

TEST_F(ParticipantJourney, ProblemsWithTheRequestAreExplained) {
    auto no_group = ask(colleague().email, "");
    EXPECT_EQ(no_group.status, 400);
    EXPECT_TRUE(contains(no_group.body, "Say who they are to you"));
    EXPECT_TRUE(contains(no_group.body, "href=\"#rater-group\""));
    auto not_email = ask("not an email", "partner");
    EXPECT_EQ(not_email.status, 400);
    EXPECT_TRUE(contains(not_email.body, "is not an email address"));
    EXPECT_EQ(ask(colleague().email, "peer").status, 303);
    auto twice = ask(colleague().email, "peer");
    EXPECT_EQ(twice.status, 400);
    EXPECT_TRUE(contains(twice.body, "There is a problem"));
    auto self = ask(site.open_subject_email(), "peer");
    EXPECT_EQ(self.status, 400);
    auto forged_group = ask(colleague().email, "self");
    EXPECT_EQ(forged_group.status, 400);
}

TEST_F(ParticipantJourney, OtherPeoplesCyclesAreNotFound) {
    EXPECT_EQ(me.get("/me/cycles/999999").status, 404);
    const auto all = site.store().cycles().cycles().value();
    for (const auto& cycle : all) {
        if (cycle.id != open_cycle) {
            const auto other = "/me/cycles/" + std::to_string(cycle.id.value());
            auto response = me.get(other);
            // The published demo cycle may include this person; any other cycle is not theirs.
            EXPECT_TRUE(response.status == 404 || response.status == 200);
            if (response.status == 404) {
                EXPECT_EQ(
                    me.submit("/me", other + "/raters", {{"email", "a@b.example"}, {"group", "partner"}})
                        .status,
                    404);
            }
        }
    }
}

TEST_F(ParticipantJourney, ICanRemoveSomeoneIAskedUntilTheCycleOpens) {
    // A draft cycle with me as its subject, my self-assessment, and one colleague asked.
    auto& cycles = site.store().cycles();
    auto settings = cycles.load_cycle(open_cycle).value().settings();
    settings.name = "Next year's feedback";
    const auto draft = cycles.create_cycle(settings).value();
    const auto me_person = site.store().people().find_person(site.open_subject_email()).value()->id;
    const auto& person = colleague();
    const auto them = site.store().people().find_person(person.email).value()->id;
    ASSERT_TRUE(cycles.add_subject(draft, {me_person, site.open_subject_email()}));
    ASSERT_TRUE(cycles.add_nomination(
        draft, {{}, me_person, domain::RaterGroup::Self, {me_person, site.open_subject_email()}}));
    const auto asked =
        cycles.add_nomination(draft, {{}, me_person, domain::RaterGroup::Peer, {them, person.email}});
    ASSERT_TRUE(asked);
    const auto draft_page = "/me/cycles/" + std::to_string(draft.value());
    const auto withdraw = draft_page + "/raters/" + std::to_string(asked->value()) + "/withdraw";

    auto shown = me.get(draft_page);
    EXPECT_TRUE(contains(shown.body, "action=\"" + withdraw + "\""));
    EXPECT_TRUE(contains(shown.body, "Remove<span class=\"govuk-visually-hidden\"> " + person.email))
        << "the button says whom it removes to screen readers";
    auto removed = me.submit(draft_page, withdraw, {});
    ASSERT_EQ(removed.status, 303);
    auto after = me.get(*removed.header("Location"));
    EXPECT_TRUE(contains(after.body, "They are no longer on your list"));
    EXPECT_FALSE(contains(after.body, person.email));
    EXPECT_EQ(cycles.load_cycle(draft).value().nominations().size(), 1U) << "my self-assessment stays";
    EXPECT_EQ(me.submit(draft_page, withdraw, {}).status, 404) << "it is gone already";
}

TEST_F(ParticipantJourney, OnceTheCycleIsOpenNoOneICanSeeAnsweringCanBeRemoved) {
    auto shown = me.get(page);
    EXPECT_FALSE(contains(shown.body, "/withdraw")) << "no Remove buttons in an open cycle";
    const auto cycle = site.store().cycles().load_cycle(open_cycle).value();
    const auto me_person = site.store().people().find_person(site.open_subject_email()).value()->id;
    bool tried = false;
    for (const auto& nomination : cycle.nominations()) {
        if (nomination.subject == me_person && nomination.group != domain::RaterGroup::Self && !tried) {
            tried = true;
            auto refused =
                me.submit(page, page + "/raters/" + std::to_string(nomination.id.value()) + "/withdraw", {});
            EXPECT_EQ(refused.status, 409);
            EXPECT_TRUE(contains(refused.body, "Ask your HR or learning team"));
        }
    }
    EXPECT_TRUE(tried) << "the demo subject has asked someone";
    EXPECT_EQ(site.store().cycles().load_cycle(open_cycle).value().nominations().size(),
              cycle.nominations().size());
}

// Someone in the directory with a line manager who is not yet a subject of the open cycle, added by HR.
class NewSubjectJourney : public ParticipantJourney {
  protected:
    void SetUp() override {
        ParticipantJourney::SetUp();
        const auto& demo = site.demo();
        for (std::size_t i = 0; i < demo.people.size(); ++i) {
            const auto& subjects = demo.open_cycle.subjects;
            if (demo.people[i].manager && std::find(subjects.begin(), subjects.end(), i) == subjects.end()) {
                newcomer = demo.people[i];
                manager = demo.people[*demo.people[i].manager];
                break;
            }
        }
        ASSERT_FALSE(newcomer.email.empty());
        ASSERT_TRUE(app::Enrolment(site.store(), site.clock(), "").add_subject(open_cycle, newcomer.email));
        // Joining the cycle made their account; a fresh link stands in for the one in their email.
        newcomer_browser.choose_password(
            app::Accounts(site.store(), site.clock()).issue_link(newcomer.email).value().token,
            "a long enough password");
    }

    app::DemoPerson newcomer;
    app::DemoPerson manager;
    Browser newcomer_browser{site, "192.0.2.77"};
};

TEST_F(NewSubjectJourney, TheirLineManagerFromTheDirectoryIsAskedForThemAndNoOneElseCanBe) {
    const auto shown = newcomer_browser.get(page);
    ASSERT_EQ(shown.status, 200);
    EXPECT_TRUE(contains(shown.body, manager.email)) << "asked when they joined the cycle";
    EXPECT_FALSE(contains(shown.body, "value=\"line-manager\""))
        << "the form offers no line manager to choose";

    const auto colleague_email =
        colleague().email == manager.email ? site.open_subject_email() : colleague().email;
    auto refused = newcomer_browser.submit(page, page + "/raters",
                                           {{"email", colleague_email}, {"group", "line-manager"}});
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "Your line manager in the people directory is"));
    EXPECT_TRUE(contains(refused.body, manager.email));
}

TEST_F(NewSubjectJourney, GroupsWithTooFewAskedSayHowManyMoreWhileThereIsTime) {
    const auto shown = newcomer_browser.get(page).body;
    const auto settings = site.store().cycles().cycle_heading(open_cycle).value().settings;
    const auto peers_needed = settings.anonymity.group_minimum(domain::RaterGroup::Peer);
    EXPECT_TRUE(contains(shown, "Some groups have fewer people asked than they need"));
    EXPECT_TRUE(contains(shown, "Ask at least " + std::to_string(peers_needed) + " more. With fewer than " +
                                    std::to_string(peers_needed) + " answers"))
        << "no peer asked yet";
    EXPECT_FALSE(contains(shown, "no line manager for you")) << "theirs is in the directory";
}
