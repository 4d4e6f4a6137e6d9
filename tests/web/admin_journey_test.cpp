// The admin's journey: see cycles and their progress, then open, close and publish.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "app/feedback/cycle_administration.hpp"
#include "app/feedback/invitations.hpp"
#include "app/feedback/progress_selection.hpp"
#include "app/text/csv_reader.hpp"
#include "support/demo_site.hpp"
#include "support/text_checks.hpp"
#include "web/http/form_tokens.hpp"
#include "web/views/page_skeleton.hpp"

using namespace leadline;
using leadline::testing::Browser;
using leadline::testing::contains;

namespace {

class AdminJourney : public ::testing::Test {
  protected:
    void SetUp() override {
        admin.choose_password(site.add_account("hr@council.example", domain::Role::Admin),
                              "a long enough password");
    }

    domain::CycleId cycle_named(const std::string& name) {
        const auto all = site.store().cycles().cycles().value();
        for (const auto& cycle : all) {
            if (cycle.name == name) {
                return cycle.id;
            }
        }
        throw std::logic_error("no cycle " + name);
    }

    std::string page_of(domain::CycleId id) { return "/admin/cycles/" + std::to_string(id.value()); }

    // Marks every message waiting in the outbox as sent, as a mail sender would.
    void deliver_outbox() {
        const auto waiting = site.store().outbox().unsent(100000).value();
        for (const auto& message : waiting) {
            ASSERT_TRUE(site.store().outbox().mark_sent(message.id, site.clock().now_seconds()));
        }
    }

    std::size_t reminders_in_outbox() {
        const auto all = site.store().outbox().recent(100000).value();
        return static_cast<std::size_t>(std::count_if(all.begin(), all.end(), [](const auto& message) {
            return message.kind == app::MessageKind::Reminder;
        }));
    }

    leadline::testing::DemoSite site;
    Browser admin{site};
    app::FrameworkCache cache;
    const std::string open_cycle = "Team leaders 360, winter 2026";
};

} // namespace

TEST_F(AdminJourney, TheCycleListLinksToEachCycle) {
    auto list = admin.get("/admin");
    EXPECT_EQ(list.status, 200);
    EXPECT_TRUE(contains(list.body, page_of(cycle_named(open_cycle))));
    EXPECT_TRUE(contains(list.body, "Open"));
    EXPECT_TRUE(contains(list.body, "Published"));
}

TEST_F(AdminJourney, ACyclesPageShowsProgressPerSubjectAndGroupWithGroupsUnderTheirMinimumFlagged) {
    const auto id = cycle_named(open_cycle);
    auto page = admin.get(page_of(id));
    ASSERT_EQ(page.status, 200);
    const auto overview = app::CycleAdministration(site.store()).overview(id).value();
    ASSERT_FALSE(overview.subjects.empty());
    const auto& first = overview.subjects.front();
    EXPECT_TRUE(contains(page.body, first.name));
    EXPECT_TRUE(contains(page.body, std::to_string(overview.subjects.size()) + " subjects"));
    // Nobody has sent answers in the open demo cycle, so every subject has a group under its minimum.
    EXPECT_EQ(overview.subjects_under_minimum(), static_cast<int>(overview.subjects.size()));
    EXPECT_TRUE(contains(page.body, "Under 3"));
    EXPECT_TRUE(contains(page.body, "0 answered"));
    EXPECT_TRUE(contains(page.body, std::to_string(first.groups[2].invited) + " invited"));
    EXPECT_TRUE(contains(page.body, std::to_string(first.groups[2].nominated) + " nominated"));
    EXPECT_TRUE(contains(page.body, "Close the cycle"));
    EXPECT_FALSE(contains(page.body, "Publish the reports"));
}

TEST_F(AdminJourney, SentAnswersShowInTheProgress) {
    const auto id = cycle_named(open_cycle);
    const auto before = app::CycleAdministration(site.store()).overview(id).value();
    const auto token = site.open_token(domain::RaterGroup::LineManager);
    auto questionnaire = app::RaterJourney(site.store(), cache).open(token).value();
    // Answer every page "not observed" and send, as the rater's browser would.
    for (std::size_t page = 0; page < questionnaire.framework->attributes.size(); ++page) {
        std::vector<web::FormField> fields{{"csrf", web::rater_form_token(token)}, {"action", "continue"}};
        for (const auto& behaviour : questionnaire.framework->attributes[page].behaviours) {
            fields.push_back({"b-" + behaviour.id.value(), "3"});
        }
        ASSERT_EQ(site.post("/r/" + token + "/a/" + std::to_string(page + 1), fields).status, 303);
    }
    ASSERT_EQ(site.post("/r/" + token + "/submit", {{"csrf", web::rater_form_token(token)}}).status, 303);
    const auto after = app::CycleAdministration(site.store()).overview(id).value();
    int sent_before = 0;
    int sent_after = 0;
    for (const auto& subject : before.subjects) {
        sent_before += subject.submitted();
    }
    for (const auto& subject : after.subjects) {
        sent_after += subject.submitted();
    }
    EXPECT_EQ(sent_after, sent_before + 1);
}

TEST_F(AdminJourney, CloseThenPublishMovesTheCycleOnAndRaterLinksStopTakingAnswers) {
    const auto id = cycle_named(open_cycle);
    auto closed = admin.submit(page_of(id), page_of(id) + "/close", {{"confirmed", "yes"}});
    ASSERT_EQ(closed.status, 303);
    EXPECT_EQ(*closed.header("Location"), page_of(id) + "?done=closed");
    auto page = admin.get(page_of(id) + "?done=closed");
    EXPECT_TRUE(contains(page.body, "no more answers can be given"));
    EXPECT_TRUE(contains(page.body, "Publish the reports"));
    EXPECT_TRUE(contains(site.get("/r/" + site.open_token(domain::RaterGroup::Peer)).body, "has closed"));

    // Closing twice (a second tab): a clear message, and the cycle stays closed.
    auto again = admin.post(page_of(id) + "/close", {{"csrf", leadline::testing::form_token_in(page.body)}});
    EXPECT_EQ(again.status, 409);
    EXPECT_TRUE(contains(again.body, "There is a problem"));

    auto published = admin.submit(page_of(id), page_of(id) + "/publish", {{"confirmed", "yes"}});
    EXPECT_EQ(published.status, 303);
    const auto overview = app::CycleAdministration(site.store()).overview(id).value();
    EXPECT_EQ(overview.state, domain::CycleState::Published);

    // Each subject is told, once, where their report is.
    const auto waiting = site.store().outbox().unsent(100000).value();
    std::map<std::string, int> told;
    for (const auto& message : waiting) {
        if (message.kind == app::MessageKind::ReportReady) {
            ++told[message.to];
            EXPECT_TRUE(contains(message.body, "/me/cycles/" + std::to_string(id.value()) + "/report"))
                << message.to;
            EXPECT_TRUE(contains(message.body, "Sent for Demo County Council by Leadline.")) << "signed off";
        }
    }
    EXPECT_EQ(told.size(), overview.subjects.size());
    EXPECT_TRUE(std::all_of(told.begin(), told.end(), [](const auto& entry) { return entry.second == 1; }));
    EXPECT_TRUE(contains(waiting.back().subject, "Your feedback report is ready: " + overview.settings.name));
}

TEST_F(AdminJourney, ClosingEarlyAndPublishingAskFirstAndChangeNothingUntilConfirmed) {
    const auto id = cycle_named(open_cycle); // closes on 29 January 2027, after the test's today
    auto asked = admin.submit(page_of(id), page_of(id) + "/close", {});
    ASSERT_EQ(asked.status, 200);
    EXPECT_TRUE(contains(asked.body, "Close the cycle before its closing date?"));
    EXPECT_TRUE(contains(asked.body, "29 January 2027"));
    EXPECT_TRUE(contains(asked.body, "name=\"confirmed\" value=\"yes\""));
    EXPECT_TRUE(contains(asked.body, "href=\"" + page_of(id) + "\"")) << "a way back";
    EXPECT_EQ(app::CycleAdministration(site.store()).overview(id).value().state, domain::CycleState::Open);

    ASSERT_EQ(admin.submit(page_of(id), page_of(id) + "/close", {{"confirmed", "yes"}}).status, 303);
    auto publish = admin.submit(page_of(id), page_of(id) + "/publish", {});
    ASSERT_EQ(publish.status, 200);
    EXPECT_TRUE(contains(publish.body, "Publish the reports?"));
    EXPECT_EQ(app::CycleAdministration(site.store()).overview(id).value().state, domain::CycleState::Closed);
}

TEST_F(AdminJourney, ACycleThatClosesInThePastCannotBeCreated) {
    const auto form = admin.get("/admin/cycles/new").body;
    auto refused = admin.post("/admin/cycles/new", {{"csrf", leadline::testing::form_token_in(form)},
                                                    {"name", "Old cycle"},
                                                    {"framework", "leadership-in-action"},
                                                    {"opens-day", "1"},
                                                    {"opens-month", "1"},
                                                    {"opens-year", "2020"},
                                                    {"closes-day", "1"},
                                                    {"closes-month", "2"},
                                                    {"closes-year", "2020"},
                                                    {"group", "peer"},
                                                    {"minimum-peer", "3"},
                                                    {"comment-minimum", "3"},
                                                    {"manager-identified", "yes"},
                                                    {"managers-see-reports", "no"}});
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "The closing date must be today or later"));
    const auto all = site.store().cycles().cycles().value();
    EXPECT_TRUE(
        std::none_of(all.begin(), all.end(), [](const auto& cycle) { return cycle.name == "Old cycle"; }));
}

TEST_F(AdminJourney, ACycleCannotOpenUntilEverySubjectHasASelfAssessment) {
    auto settings = site.demo().open_cycle.settings;
    settings.name = "Draft with a subject";
    const auto id = site.store().cycles().create_cycle(settings).value();
    const auto& person = site.demo().people.front();
    const auto stored = site.store().people().find_person(person.email).value().value();
    ASSERT_TRUE(site.store().cycles().add_subject(id, {stored.id, stored.email}));

    auto refused = admin.submit(page_of(id), page_of(id) + "/open", {{"confirmed", "yes"}});
    EXPECT_EQ(refused.status, 409);
    EXPECT_TRUE(contains(refused.body, "There is a problem"));
    EXPECT_TRUE(contains(refused.body, "self"));
    EXPECT_EQ(app::CycleAdministration(site.store()).overview(id).value().state, domain::CycleState::Draft);
}

TEST_F(AdminJourney, InADraftNominationsShowAsNotYetInvited) {
    auto settings = site.demo().open_cycle.settings;
    settings.name = "Draft for progress";
    const auto id = site.store().cycles().create_cycle(settings).value();
    const auto& person = site.demo().people.front();
    auto added = admin.submit(page_of(id), page_of(id) + "/subjects", {{"email", person.email}});
    ASSERT_EQ(added.status, 303);
    auto page = admin.get(page_of(id));
    // Their self-assessment is nominated, and nobody is invited until the cycle opens.
    EXPECT_TRUE(contains(page.body, "0 answered<br><span class=\"govuk-body-s\">0 invited<br>1 nominated"));
}

TEST_F(AdminJourney, UnknownCyclesAndStepsAreNotFound) {
    EXPECT_EQ(admin.get("/admin/cycles/999999").status, 404);
    EXPECT_EQ(admin.get("/admin/cycles/abc").status, 404);
    EXPECT_EQ(admin.get("/admin/cycles/-1").status, 404);
    const auto id = cycle_named(open_cycle);
    EXPECT_EQ(admin.submit(page_of(id), page_of(id) + "/reopen", {}).status, 404);
}

TEST_F(AdminJourney, CreatingACycleMakesADraftAndKeepsTheFrameworkText) {
    auto form = admin.get("/admin/cycles/new");
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "Leadership in Action") || contains(form.body, "leadership-in-action"));
    EXPECT_FALSE(contains(form.body, "value=\"culture-check\"")) << "only 360 frameworks are offered";
    auto created = admin.submit("/admin/cycles/new", "/admin/cycles/new",
                                {{"name", "Senior leaders 2027"},
                                 {"framework", "leadership-in-action"},
                                 {"opens-day", "1"},
                                 {"opens-month", "3"},
                                 {"opens-year", "2027"},
                                 {"closes-day", "29"},
                                 {"closes-month", "3"},
                                 {"closes-year", "2027"},
                                 {"group", "line-manager"},
                                 {"group", "peer"},
                                 {"minimum-peer", "4"},
                                 {"comment-minimum", "4"},
                                 {"manager-identified", "no"},
                                 {"managers-see-reports", "yes"}});
    ASSERT_EQ(created.status, 303);
    const auto id = cycle_named("Senior leaders 2027");
    EXPECT_EQ(*created.header("Location"), page_of(id) + "?done=created");
    const auto page = admin.get(page_of(id) + "?done=created");
    EXPECT_TRUE(contains(page.body, "Draft"));
    EXPECT_TRUE(contains(page.body, "Peers: at least 4 to be shown"));
    EXPECT_TRUE(contains(page.body, "Combined with other raters"));
    EXPECT_TRUE(contains(page.body, "Yes, once the cycle is published"));
    const auto overview = app::CycleAdministration(site.store()).overview(id).value();
    EXPECT_TRUE(overview.settings.line_managers_see_reports);
    EXPECT_TRUE(site.store()
                    .frameworks()
                    .framework_text("leadership-in-action", overview.settings.framework_version)
                    .value()
                    .has_value());
}

TEST_F(AdminJourney, AFormWithProblemsKeepsWhatWasTypedAndCreatesNothing) {
    const auto before = site.store().cycles().cycles().value().size();
    auto refused = admin.submit("/admin/cycles/new", "/admin/cycles/new",
                                {{"name", "Half <done>"},
                                 {"opens-day", "31"},
                                 {"opens-month", "2"},
                                 {"opens-year", "2027"},
                                 {"group", "peer"},
                                 {"minimum-peer", "2"},
                                 {"comment-minimum", "4"},
                                 {"manager-identified", "yes"}});
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "There is a problem"));
    EXPECT_TRUE(contains(refused.body, "value=\"Half &lt;done&gt;\"")) << "kept, and escaped";
    EXPECT_TRUE(contains(refused.body, "href=\"#framework\""));
    EXPECT_TRUE(contains(refused.body, "href=\"#opens-day\""));
    EXPECT_TRUE(contains(refused.body, "href=\"#closes-day\""));
    EXPECT_TRUE(contains(refused.body, "href=\"#minimum-peer\""));
    EXPECT_TRUE(contains(refused.body, "value=\"31\""));
    EXPECT_TRUE(
        contains(refused.body, "id=\"group-peer\" name=\"group\" type=\"checkbox\" value=\"peer\" checked"));
    EXPECT_EQ(site.store().cycles().cycles().value().size(), before);
}

TEST_F(AdminJourney, AnUnknownFieldInTheNewCycleFormIsRefused) {
    auto refused = admin.submit("/admin/cycles/new", "/admin/cycles/new", {{"name", "x"}, {"is_admin", "1"}});
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "is_admin"));
}

namespace {

// The private link in the newest waiting message to this address, as a path ("/r/..." or "/sign-in/...").
std::string link_in_outbox(app::Store& store, const std::string& to, const std::string& kind_of_path) {
    const auto messages = store.outbox().recent(500).value();
    for (const auto& message : messages) {
        if (message.to != to || message.sent_at) {
            continue;
        }
        const auto at = message.body.find(kind_of_path);
        if (at != std::string::npos) {
            return message.body.substr(at, message.body.find('\n', at) - at);
        }
    }
    return {};
}

} // namespace

TEST_F(AdminJourney, AddingASubjectNominatesTheirSelfAssessmentAndEmailsThemASignInLink) {
    auto settings = site.demo().open_cycle.settings;
    settings.name = "Spring leaders";
    const auto text = site.store()
                          .frameworks()
                          .framework_text(settings.framework.value(), settings.framework_version)
                          .value();
    const auto id = app::CycleAdministration(site.store()).create(settings, text.value()).value();
    const auto& person = site.demo().people.at(5);

    auto unknown =
        admin.submit(page_of(id), page_of(id) + "/subjects", {{"email", "nobody@nowhere.example"}});
    EXPECT_EQ(unknown.status, 400);
    EXPECT_TRUE(contains(unknown.body, "No one in the people directory"));
    EXPECT_TRUE(contains(unknown.body, "value=\"nobody@nowhere.example\""));

    auto leaver = site.store().people().find_person(site.demo().people.at(6).email).value().value();
    leaver.left_at = site.clock().now_seconds();
    ASSERT_TRUE(site.store().people().save_person(leaver));
    auto left = admin.submit(page_of(id), page_of(id) + "/subjects", {{"email", leaver.email}});
    EXPECT_EQ(left.status, 400);
    EXPECT_TRUE(contains(left.body, "has left, according to the people directory"));

    auto added = admin.submit(page_of(id), page_of(id) + "/subjects", {{"email", person.email}});
    ASSERT_EQ(added.status, 303);
    auto page = admin.get(page_of(id));
    EXPECT_TRUE(contains(page.body, person.name));
    EXPECT_TRUE(contains(page.body, "1 subjects"));

    const auto sign_in = link_in_outbox(site.store(), person.email, "/sign-in/");
    ASSERT_FALSE(sign_in.empty());
    EXPECT_TRUE(contains(Browser(site).get(sign_in).body, "Choose a password"));

    auto twice = admin.submit(page_of(id), page_of(id) + "/subjects", {{"email", person.email}});
    EXPECT_EQ(twice.status, 400);
    EXPECT_TRUE(contains(twice.body, "already a subject"));

    // Opening invites the self-assessment; its link works.
    ASSERT_EQ(admin.submit(page_of(id), page_of(id) + "/open", {{"confirmed", "yes"}}).status, 303);
    const auto self_link = link_in_outbox(site.store(), person.email, "/r/");
    ASSERT_FALSE(self_link.empty());
    auto questionnaire = site.get(self_link);
    EXPECT_EQ(questionnaire.status, 200);
    EXPECT_TRUE(contains(questionnaire.body, "Your self-assessment"));
}

TEST_F(AdminJourney, RemindersCarryANewLinkAndEarlierLinksKeepWorking) {
    const auto id = cycle_named(open_cycle);
    const auto token = site.open_token(domain::RaterGroup::Peer);
    const auto page = admin.get(page_of(id));
    EXPECT_TRUE(contains(page.body, "Send reminders"));
    deliver_outbox(); // the invitations went out before anyone is reminded
    ASSERT_EQ(admin.submit(page_of(id), page_of(id) + "/remind", {}).status, 303);

    const auto reminders = site.store().outbox().recent(5000).value();
    std::size_t count = 0;
    std::string reminder_link;
    for (const auto& message : reminders) {
        if (message.kind == app::MessageKind::Reminder) {
            ++count;
            if (reminder_link.empty()) {
                reminder_link = message.body.substr(message.body.find("/r/"));
                reminder_link = reminder_link.substr(0, reminder_link.find('\n'));
            }
        }
    }
    EXPECT_GT(count, 0U);
    EXPECT_EQ(site.get(reminder_link).status, 200) << "the reminder's link works";
    EXPECT_EQ(site.get("/r/" + token).status, 200) << "so does the first one";

    auto outbox = admin.get("/admin/outbox");
    EXPECT_EQ(outbox.status, 200);
    EXPECT_TRUE(contains(outbox.body, "Reminder: "));
    EXPECT_TRUE(contains(outbox.body, "Waiting"));
}

TEST_F(AdminJourney, ARaterIsRemindedAtMostOnceADayAndNotWhileAnEmailToThemWaits) {
    const auto id = cycle_named(open_cycle);
    deliver_outbox();
    auto first = admin.submit(page_of(id), page_of(id) + "/remind", {});
    ASSERT_EQ(first.status, 303);
    const auto reminded = reminders_in_outbox();
    EXPECT_GT(reminded, 0U);
    // Pressed again at once (the reminders still wait), and again once they have gone, the same day.
    auto second = admin.submit(page_of(id), page_of(id) + "/remind", {});
    EXPECT_EQ(reminders_in_outbox(), reminded);
    EXPECT_EQ(*second.header("Location"), page_of(id) + "?done=none-due");
    EXPECT_TRUE(contains(admin.get(*second.header("Location")).body, "No reminders were sent"));
    deliver_outbox();
    ASSERT_EQ(admin.submit(page_of(id), page_of(id) + "/remind", {}).status, 303);
    EXPECT_EQ(reminders_in_outbox(), reminded);
    // A day later (the admin signs in again), each rater who still has not answered gets one more.
    site.clock().advance(app::least_seconds_between_reminders);
    ASSERT_EQ(admin.sign_in("hr@council.example", "a long enough password").status, 303);
    ASSERT_EQ(admin.submit(page_of(id), page_of(id) + "/remind", {}).status, 303);
    EXPECT_EQ(reminders_in_outbox(), 2 * reminded);
}

TEST_F(AdminJourney, RemindersAreOnlyForOpenCycles) {
    const auto all = site.store().cycles().cycles().value();
    for (const auto& cycle : all) {
        if (cycle.state == domain::CycleState::Published) {
            auto refused = admin.post(page_of(cycle.id) + "/remind",
                                      {{"csrf", leadline::testing::form_token_in(admin.get("/admin").body)}});
            EXPECT_EQ(refused.status, 409);
            EXPECT_TRUE(contains(refused.body, "only be sent while the cycle is open"));
        }
    }
}

TEST_F(AdminJourney, SubjectsCanBeFoundByNameInTheDirectory) {
    const auto id = cycle_named(open_cycle);
    const auto& person = site.demo().people.at(7);
    const auto surname = person.name.substr(person.name.find(' ') + 1);
    auto found = admin.get(page_of(id) + "?q=" + surname);
    EXPECT_TRUE(contains(found.body, "add " + person.name));
    EXPECT_TRUE(contains(found.body, "Leadership in Action (version")) << "the framework by its name";
    auto prefilled = admin.get(page_of(id) + "?email=" + person.email);
    EXPECT_TRUE(contains(prefilled.body,
                         "id=\"subject-email\" name=\"email\" type=\"email\" spellcheck=\"false\" value=\"" +
                             person.email + "\""));
    EXPECT_TRUE(contains(admin.get(page_of(id) + "?q=zzzz-nobody").body, "No one in the directory matches"));
}

TEST_F(AdminJourney, ASearchTellsNamesakesApartAndSaysHowManyMoreMatched) {
    const auto id = cycle_named(open_cycle);
    const auto& person = site.demo().people.at(7);
    const auto surname = person.name.substr(person.name.find(' ') + 1);
    const auto found = admin.get(page_of(id) + "?q=" + surname).body;
    // Each person found comes with their unit and grade, as the directory has them.
    EXPECT_TRUE(contains(found, person.name + ", " + person.email + " (")) << found;
    EXPECT_TRUE(contains(found, person.grade));
    // "e" is in most names: ten are listed, and the page says how many more there are.
    const auto many = admin.get(page_of(id) + "?q=e").body;
    std::size_t listed = 0;
    for (auto at = many.find(">add "); at != std::string::npos; at = many.find(">add ", at + 1)) {
        ++listed;
    }
    EXPECT_EQ(listed, 10U);
    EXPECT_TRUE(contains(many, "more people match. Type more of the name")) << many;
}

TEST_F(AdminJourney, AClosedCycleReopensWithALaterClosingDateAndTakesAnswersAgain) {
    const auto id = cycle_named(open_cycle);
    ASSERT_EQ(admin.submit(page_of(id), page_of(id) + "/close", {{"confirmed", "yes"}}).status, 303);
    const auto token = site.open_token(domain::RaterGroup::Peer);
    EXPECT_TRUE(contains(site.get("/r/" + token).body, "has closed"));

    const auto page = admin.get(page_of(id));
    EXPECT_TRUE(contains(page.body, "Reopen the cycle with a new closing date"));
    const auto form = admin.get(page_of(id) + "/closing-date");
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "Reopen the cycle"));
    // A date in the past: refused, with what was typed kept.
    auto refused = admin.submit(page_of(id) + "/closing-date", page_of(id) + "/closing-date",
                                {{"closes-day", "1"}, {"closes-month", "1"}, {"closes-year", "2026"}});
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "The closing date must be today or later"));
    EXPECT_TRUE(contains(refused.body, "value=\"2026\""));
    EXPECT_EQ(app::CycleAdministration(site.store()).overview(id).value().state, domain::CycleState::Closed);

    auto reopened = admin.submit(page_of(id) + "/closing-date", page_of(id) + "/closing-date",
                                 {{"closes-day", "26"}, {"closes-month", "2"}, {"closes-year", "2027"}});
    ASSERT_EQ(reopened.status, 303);
    const auto overview = app::CycleAdministration(site.store()).overview(id).value();
    EXPECT_EQ(overview.state, domain::CycleState::Open);
    EXPECT_EQ(overview.settings.closes_on.iso(), "2027-02-26");
    const auto intro = site.get("/r/" + token).body;
    EXPECT_FALSE(contains(intro, "has closed")) << "the rater's link takes answers again";
    EXPECT_TRUE(contains(intro, "26 February 2027"));
}

TEST_F(AdminJourney, APublishedCyclesClosingDateCannotChange) {
    const auto all = site.store().cycles().cycles().value();
    const auto published = std::find_if(all.begin(), all.end(), [](const auto& cycle) {
        return cycle.state == domain::CycleState::Published;
    });
    ASSERT_NE(published, all.end());
    EXPECT_EQ(admin.get(page_of(published->id) + "/closing-date").status, 409);
    EXPECT_FALSE(contains(admin.get(page_of(published->id)).body, "/closing-date"));
}

TEST_F(AdminJourney, ProgressFiltersByWhereSubjectsStandAndDownloadsTheSame) {
    const auto id = cycle_named(open_cycle);
    const auto overview = app::CycleAdministration(site.store()).overview(id).value();
    // The standing most of the demo's subjects are in, and how many are in it.
    std::map<domain::SubjectStanding, std::size_t> counts;
    for (const auto& subject : overview.subjects) {
        ++counts[subject.standing()];
    }
    const auto [standing, count] = *std::max_element(
        counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    const std::string name(domain::to_string(standing));
    const auto page = admin.get(page_of(id) + "?standing=" + name).body;
    EXPECT_TRUE(contains(page, " (" + std::to_string(count) + ")</strong>"))
        << "the filter chosen, with its count";
    EXPECT_TRUE(contains(page, "of " + std::to_string(count) + " subject")) << "the table holds only them";
    EXPECT_TRUE(contains(page, "name=\"standing\" value=\"" + name + "\"")) << "a search keeps the filter";
    const auto csv = admin.get(page_of(id) + "/progress.csv?standing=" + name);
    ASSERT_EQ(csv.status, 200);
    EXPECT_EQ(static_cast<std::size_t>(std::count(csv.body.begin(), csv.body.end(), '\n')), count + 1);
    const auto& someone = overview.subjects.front();
    EXPECT_TRUE(contains(admin.get(page_of(id) + "?find=" + someone.email).body, "of 1 subject."));
}

TEST_F(AdminJourney, ProgressNarrowsToAUnitAndTheUnitsBelowItInTheOrderChosen) {
    const auto id = cycle_named(open_cycle);
    const auto overview = app::CycleAdministration(site.store()).overview(id).value();
    const auto units = app::units_of(overview.subjects);
    // The unit with the most subjects that is not the whole organisation's only top unit.
    const auto largest = *std::max_element(units.begin(), units.end(), [&](const auto& a, const auto& b) {
        const auto size = [&](const auto& u) {
            return u.subjects == overview.subjects.size() ? 0 : u.subjects;
        };
        return size(a) < size(b);
    });
    ASSERT_LT(largest.subjects, overview.subjects.size());
    const auto address = page_of(id) + "?unit=" + web::url_encoded(largest.path) + "&sort=fewest-answers";
    const auto page = admin.get(address).body;
    EXPECT_TRUE(contains(page, "of " + std::to_string(largest.subjects) + " subject")) << address;
    std::string shown_path;
    web::append_html_escaped(shown_path, largest.path);
    EXPECT_TRUE(contains(page, "selected>" + shown_path + " (" + std::to_string(largest.subjects) + ")"))
        << "the unit chosen stays chosen";
    EXPECT_TRUE(contains(page, "value=\"fewest-answers\" selected>")) << "and so does the order";
    EXPECT_TRUE(contains(page, "standing=not-nominated&amp;unit=" + web::url_encoded(largest.path)))
        << "a standing filter keeps the unit";
    const auto csv = admin.get(page_of(id) + "/progress.csv?unit=" + web::url_encoded(largest.path)).body;
    EXPECT_EQ(static_cast<std::size_t>(std::count(csv.begin(), csv.end(), '\n')), largest.subjects + 1);
    // Fewest answers first: the first subject listed has no more answers than any in the unit.
    std::size_t fewest = 1000;
    for (const auto& subject : overview.subjects) {
        if (subject.unit == largest.path || subject.unit.rfind(largest.path + "/", 0) == 0) {
            fewest = std::min(fewest, static_cast<std::size_t>(subject.submitted()));
        }
    }
    const auto sorted_csv = admin
                                .get(page_of(id) + "/progress.csv?unit=" + web::url_encoded(largest.path) +
                                     "&sort=fewest-answers")
                                .body;
    const auto header_end = sorted_csv.find('\n');
    const auto line =
        sorted_csv.substr(header_end + 1, sorted_csv.find('\n', header_end + 1) - header_end - 1);
    const auto named =
        std::find_if(overview.subjects.begin(), overview.subjects.end(), [&](const auto& subject) {
            return line.rfind(app::csv_field(subject.name) + "," + subject.email + ",", 0) == 0;
        });
    ASSERT_NE(named, overview.subjects.end()) << line;
    EXPECT_EQ(static_cast<std::size_t>(named->submitted()), fewest);
}
