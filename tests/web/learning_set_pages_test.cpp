// Saved learning sets as the admin sees them: the list, one plan with why each set is diverse, its CSV.
#include <gtest/gtest.h>

#include <algorithm>

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
