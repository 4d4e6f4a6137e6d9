// Saved learning sets as the admin sees them: the list, one plan with why each set is diverse, its CSV.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "app/development/learning_set_planning.hpp"
#include "support/demo_site.hpp"
#include "support/short_search.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::Browser;
using leadline::testing::contains;

namespace {

class LearningSetPages : public ::testing::Test {
  protected:
    void SetUp() override {
        admin.choose_password(site.add_account("hr@council.example", domain::Role::Admin),
                              "a long enough password");
        const auto cycle = site.store().cycles().cycles().value().front().id;
        candidates = app::candidates_from_cycle(site.store(), cycle).value();
        plan = domain::form_learning_sets(candidates.participants, {4, 6}, {},
                                          leadline::testing::short_search(1, 2, 200))
                   .value();
        id = app::save_learning_sets(site.store(), site.clock(), "Leaders' sets <2026>", cycle, candidates,
                                     plan)
                 .value();
    }

    leadline::testing::DemoSite site;
    Browser admin{site};
    app::SetCandidates candidates;
    domain::LearningSetPlan plan;
    std::int64_t id = 0;
};

} // namespace

TEST_F(LearningSetPages, TheListLinksToEachSavedPlan) {
    const auto page = admin.get("/admin/learning-sets");
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Leaders&#39; sets &lt;2026&gt;")) << "names are escaped";
    EXPECT_TRUE(contains(page.body, "href=\"/admin/learning-sets/" + std::to_string(id) + "\""));
    EXPECT_TRUE(contains(page.body, ">" + std::to_string(candidates.participants.size()) + "</td>"));
    EXPECT_TRUE(contains(admin.get("/admin").body, "href=\"/admin/learning-sets\"")) << "in the admin's menu";
}

TEST_F(LearningSetPages, APlanShowsEverySetWithWhyItIsDiverseAndItsMembers) {
    const auto page = admin.get("/admin/learning-sets/" + std::to_string(id));
    ASSERT_EQ(page.status, 200);
    for (std::size_t s = 0; s < plan.sets.size(); ++s) {
        EXPECT_TRUE(contains(page.body, "Set " + std::to_string(s + 1) + "</h2>"));
        EXPECT_TRUE(contains(page.body, "Brings together " + domain::describe_set(plan.sets[s]) + "."));
    }
    for (const auto& person : candidates.participants) {
        EXPECT_TRUE(contains(page.body, person.email)) << person.email;
    }
}

TEST_F(LearningSetPages, TheCsvHoldsTheSamePlan) {
    const auto csv = admin.get("/admin/learning-sets/" + std::to_string(id) + ".csv");
    ASSERT_EQ(csv.status, 200);
    ASSERT_TRUE(csv.header("Content-Type") && csv.header("Content-Disposition"));
    EXPECT_TRUE(contains(*csv.header("Content-Type"), "text/csv"));
    EXPECT_TRUE(contains(*csv.header("Content-Disposition"), "learning-sets-" + std::to_string(id) + ".csv"));
    const auto loaded = app::load_learning_sets(site.store(), id).value();
    ASSERT_TRUE(loaded);
    EXPECT_EQ(csv.body, app::learning_sets_csv(loaded->candidates, loaded->plan));
    EXPECT_EQ(std::count(csv.body.begin(), csv.body.end(), '\n'),
              static_cast<long>(candidates.participants.size() + 1));
}

TEST_F(LearningSetPages, AMissingPlanIsNotFound) {
    EXPECT_EQ(admin.get("/admin/learning-sets/" + std::to_string(id + 1)).status, 404);
    EXPECT_EQ(admin.get("/admin/learning-sets/" + std::to_string(id + 1) + ".csv").status, 404);
    EXPECT_EQ(admin.get("/admin/learning-sets/first").status, 404);
    EXPECT_EQ(admin.get("/admin/learning-sets/1/more").status, 404);
}

TEST_F(LearningSetPages, AnAdminFormsSetsFromThePageAndProblemsKeepWhatWasTyped) {
    const auto published = site.summary().cycle;
    const auto form = admin.get("/admin/learning-sets/new");
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "value=\"6\"")) << "sets of 6 to 8 to start with";
    // Sizes the wrong way round, a pair that is not two addresses: both said, everything typed kept.
    const auto wrong =
        admin.submit("/admin/learning-sets/new", "/admin/learning-sets/new",
                     {{"name", "Spring programme"},
                      {"cycle", std::to_string(published.value())},
                      {"smallest", "8"},
                      {"largest", "6"},
                      {"keep-apart", "sam@council.example, ola@council.example\nonly-one@council.example"}});
    EXPECT_EQ(wrong.status, 400);
    EXPECT_TRUE(contains(wrong.body, "Set sizes must be whole numbers"));
    EXPECT_TRUE(contains(wrong.body, "Line 2 of the pairs to keep apart"));
    EXPECT_TRUE(contains(wrong.body, "Spring programme"));
    EXPECT_TRUE(contains(wrong.body, "only-one@council.example"));

    // Two people of the cycle kept apart: never in one set.
    const auto everyone = app::candidates_from_cycle(site.store(), published).value();
    ASSERT_GE(everyone.participants.size(), 12U);
    const auto first = everyone.participants[0].email;
    const auto second = everyone.participants[5].email;
    const auto formed = admin.submit("/admin/learning-sets/new", "/admin/learning-sets/new",
                                     {{"name", "Spring programme"},
                                      {"cycle", std::to_string(published.value())},
                                      {"smallest", "6"},
                                      {"largest", "8"},
                                      {"keep-apart", first + ", " + second}});
    ASSERT_EQ(formed.status, 303);
    const auto location = *formed.header("Location");
    const auto saved = std::stoll(location.substr(location.rfind('/') + 1));
    const auto loaded = app::load_learning_sets(site.store(), saved).value();
    ASSERT_TRUE(loaded);
    std::size_t people = 0;
    for (const auto& set : loaded->plan.sets) {
        EXPECT_GE(set.members.size(), 6U);
        EXPECT_LE(set.members.size(), 8U);
        people += set.members.size();
        std::size_t kept_apart = 0;
        for (const auto member : set.members) {
            const auto& email = loaded->candidates.participants[member].email;
            kept_apart += (email == first || email == second) ? 1U : 0U;
        }
        EXPECT_LE(kept_apart, 1U);
    }
    EXPECT_EQ(people, everyone.participants.size()) << "everyone is in a set";
    const auto page = admin.get(location);
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Brings together "));
}

TEST_F(LearningSetPages, ConfirmingTellsEachMemberOnceAndMembersSeeTheirSetAndAFirstMeeting) {
    const auto href = "/admin/learning-sets/" + std::to_string(id);
    const auto before = admin.get(href);
    EXPECT_TRUE(contains(before.body, "Nobody has been told of these sets yet"));
    EXPECT_TRUE(contains(admin.get("/admin/learning-sets").body, "Not confirmed"));
    const auto confirmed = admin.submit(href, href + "/confirm", {});
    ASSERT_EQ(confirmed.status, 303);
    const auto after = admin.get(*confirmed.header("Location"));
    EXPECT_TRUE(contains(after.body, "Each member has been sent an email"));
    EXPECT_FALSE(contains(after.body, "Confirm the sets and tell the members")) << "confirmed once";
    EXPECT_TRUE(contains(admin.get("/admin/learning-sets").body, "Confirmed "));

    const auto set_emails = [&] {
        std::vector<app::OutboxMessage> found;
        auto messages = site.store().outbox().recent(5000).value();
        for (auto& message : messages) {
            if (message.kind == app::MessageKind::LearningSet) {
                found.push_back(std::move(message));
            }
        }
        return found;
    };
    const auto emails = set_emails();
    ASSERT_EQ(emails.size(), candidates.participants.size()) << "one email to each member";
    // Each email names the others in the member's set, and none from other sets.
    const auto& first_set = plan.sets[0].members;
    const auto& someone = candidates.participants[first_set[0]];
    const auto theirs = std::find_if(emails.begin(), emails.end(), [&](const app::OutboxMessage& message) {
        return message.to == someone.email;
    });
    ASSERT_NE(theirs, emails.end());
    for (const auto m : first_set) {
        if (m != first_set[0]) {
            EXPECT_TRUE(contains(theirs->body, candidates.participants[m].email));
        }
    }
    EXPECT_FALSE(contains(theirs->body, candidates.participants[plan.sets[1].members[0]].email));
    EXPECT_TRUE(contains(theirs->body, "A suggested first meeting"));

    // A second press (another tab) tells nobody again.
    ASSERT_EQ(admin.post(href + "/confirm", {{"csrf", leadline::testing::form_token_in(before.body)}}).status,
              303);
    EXPECT_EQ(set_emails().size(), emails.size());

    // The member sees their set, with units and professions, and the agenda; someone in another set is not
    // shown to them.
    Browser member{site, "192.0.2.61"};
    member.choose_password(site.add_account(someone.email, domain::Role::Participant),
                           "a long enough password");
    const auto home = member.get("/me");
    ASSERT_EQ(home.status, 200);
    EXPECT_TRUE(contains(home.body, "Your learning set"));
    EXPECT_TRUE(contains(home.body, "Your set brings together "));
    EXPECT_TRUE(contains(home.body, "A suggested first meeting"));
    for (const auto m : first_set) {
        EXPECT_TRUE(contains(home.body, candidates.participants[m].email));
    }
    EXPECT_TRUE(contains(home.body, candidates.participants[first_set[1]].profession));
    // The demo confirmed sets of its own: someone in neither of the member's sets is not shown.
    std::set<std::int64_t> shown_people;
    const auto plans = site.store().learning_sets().learning_set_plans().value();
    for (const auto& saved : plans) {
        const auto sets = site.store().learning_sets().learning_sets(saved.id).value()->sets;
        for (const auto& set : sets) {
            if (std::find(set.begin(), set.end(), candidates.people[first_set[0]]) != set.end()) {
                for (const auto person : set) {
                    shown_people.insert(person.value());
                }
            }
        }
    }
    // Their mentor or mentee, if the demo paired them, is named on the page for that reason.
    const auto pairs = site.store().mentoring().pairs_with(candidates.people[first_set[0]]).value();
    for (const auto& pair : pairs) {
        shown_people.insert(pair.mentor.value());
        shown_people.insert(pair.mentee.value());
    }
    std::size_t hidden = 0;
    for (std::size_t i = 0; i < candidates.people.size(); ++i) {
        if (shown_people.count(candidates.people[i].value()) == 0) {
            EXPECT_FALSE(contains(home.body, candidates.participants[i].email))
                << candidates.participants[i].email;
            ++hidden;
        }
    }
    EXPECT_GT(hidden, 0U);
    EXPECT_EQ(admin
                  .post("/admin/learning-sets/" + std::to_string(id + 1) + "/confirm",
                        {{"csrf", leadline::testing::form_token_in(before.body)}})
                  .status,
              404);
}

TEST_F(LearningSetPages, SetsFormFromPeopleListedOnThePageAndEachLineIsChecked) {
    const auto everyone = app::candidates_from_cycle(site.store(), site.summary().cycle).value();
    // Everyone in the cycle, listed by hand (as pasted from a spreadsheet, one a line).
    std::string listed;
    for (const auto& person : everyone.participants) {
        listed += person.email + "\n";
    }
    const auto wrong =
        admin.submit("/admin/learning-sets/new", "/admin/learning-sets/new",
                     {{"name", "Cross-council sets"},
                      {"cycle", "list"},
                      {"people", listed + "nobody@nowhere.example\n" + everyone.participants[0].email},
                      {"smallest", "6"},
                      {"largest", "6"}});
    EXPECT_EQ(wrong.status, 400);
    EXPECT_TRUE(
        contains(wrong.body, "Line " + std::to_string(everyone.participants.size() + 1) +
                                 " of the people: nobody@nowhere.example is not in the people directory"));
    EXPECT_TRUE(contains(wrong.body, "Line " + std::to_string(everyone.participants.size() + 2) +
                                         " of the people: " + everyone.participants[0].email +
                                         " is listed already, on line 1"));
    EXPECT_TRUE(contains(wrong.body, "nobody@nowhere.example")) << "what was typed is kept";
    EXPECT_TRUE(contains(wrong.body, "value=\"list\" checked"));

    const auto formed = admin.submit("/admin/learning-sets/new", "/admin/learning-sets/new",
                                     {{"name", "Cross-council sets"},
                                      {"cycle", "list"},
                                      {"people", listed},
                                      {"smallest", "6"},
                                      {"largest", "8"}});
    ASSERT_EQ(formed.status, 303) << formed.body.substr(formed.body.find("error-summary__list"), 600);
    const auto location = *formed.header("Location");
    const auto loaded =
        app::load_learning_sets(site.store(), std::stoll(location.substr(location.rfind('/') + 1))).value();
    ASSERT_TRUE(loaded);
    EXPECT_FALSE(loaded->saved.cycle) << "formed from a list, not a cycle";
    EXPECT_EQ(loaded->candidates.people.size(), everyone.participants.size()) << "those listed, nobody else";
    for (const auto& set : loaded->plan.sets) {
        EXPECT_GE(set.members.size(), 6U);
        EXPECT_LE(set.members.size(), 8U);
    }
}
