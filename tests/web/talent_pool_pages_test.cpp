// Talent pools from the browser on the demo site: the demo's pool is searched by indicator, profession and
// region; an admin adds someone a closed review placed, with the date their place ends, and takes them
// out again; people read their own place; a review still open cannot approve anyone.
#include <deque>

#include <gtest/gtest.h>

#include "app/talent/talent_pools.hpp"
#include "support/admin_pages.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::Browser;
using leadline::testing::contains;

namespace {

class TalentPoolPages : public leadline::testing::AdminCyclePages {
  protected:
    void SetUp() override {
        // The demo's review closed in November 2026; its older approval ran out in October. The clock
        // moves before the admin signs in, so that their session is fresh.
        site.clock().advance(1'796'202'000 - site.clock().now_seconds());
        AdminCyclePages::SetUp();
    }

    const app::DemoTalent& talent() const { return *site.summary().talent; }

    // Someone the closed review placed in a box who is in no pool.
    app::ReviewMember placed_outside_the_pool() {
        const auto members = site.store().talent_reviews().members(talent().closed_review).value();
        const auto pooled = site.store().talent_pools().members().value();
        for (const auto& member : members) {
            const bool in_pool = std::any_of(pooled.begin(), pooled.end(),
                                             [&](const auto& each) { return each.person == member.person; });
            if (member.now.status == domain::PlacementStatus::Placed && !in_pool) {
                return member;
            }
        }
        throw std::runtime_error("everyone placed is in the pool");
    }

    std::string entry_path(domain::PersonId person) const {
        return "/admin/talent/" + std::to_string(talent().closed_review) + "/people/" +
               std::to_string(person.value()) + "/pool";
    }

    std::string name_of(domain::PersonId person) {
        return site.store().people().person(person).value()->name;
    }

    std::deque<Browser> others;
};

} // namespace

TEST_F(TalentPoolPages, TheDemoPoolListsItsCurrentPlacesAndHidesTheExpiredOneUntilAsked) {
    ASSERT_GT(talent().pool_members, 0U);
    const auto page = admin.get("/admin/talent/pools");
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Future Leaders Scheme"));
    const auto shown =
        std::to_string(talent().pool_members) + (talent().pool_members == 1 ? " person" : " people");
    EXPECT_TRUE(contains(page.body, shown)) << "only current places by default";
    EXPECT_FALSE(contains(page.body, ">Expired<"));
    const auto with_expired = admin.get("/admin/talent/pools?expired=1");
    EXPECT_TRUE(contains(with_expired.body, ">Expired<"));
    EXPECT_TRUE(contains(with_expired.body, std::to_string(talent().pool_members + 1) + " people"));
}

TEST_F(TalentPoolPages, SearchingByIndicatorProfessionAndRegionNarrowsTheList) {
    const auto pooled = site.store().talent_pools().members().value();
    ASSERT_FALSE(pooled.empty());
    const auto first = site.store().people().person(pooled.front().person).value();
    std::string profession;
    for (const char c : first->profession) {
        profession += c == ' ' ? std::string("%20") : c == '&' ? std::string("%26") : std::string(1, c);
    }
    const auto by_profession = admin.get("/admin/talent/pools?expired=1&profession=" + profession);
    ASSERT_EQ(by_profession.status, 200);
    EXPECT_TRUE(contains(by_profession.body, first->name));
    const auto elsewhere = admin.get("/admin/talent/pools?region=Nowhere%20at%20all");
    EXPECT_TRUE(contains(elsewhere.body, "Nobody in a pool matches this search."));
    const auto strongest = admin.get("/admin/talent/pools?indicator=performance%3A4&expired=1");
    const auto all = admin.get("/admin/talent/pools?expired=1");
    const auto count_rows = [](const std::string& body) {
        std::size_t rows = 0;
        for (auto at = body.find("/remove\""); at != std::string::npos; at = body.find("/remove\"", at + 1)) {
            ++rows;
        }
        return rows;
    };
    EXPECT_LE(count_rows(strongest.body), count_rows(all.body));
    // What the filter asks for is worked out from the closed review's own ratings.
    std::size_t expected = 0;
    const auto assessments = site.store().talent_reviews().assessments(talent().closed_review).value();
    for (const auto& membership : pooled) {
        for (const auto& assessment : assessments) {
            if (assessment.person != membership.person ||
                assessment.role != domain::AssessorRole::LineManager) {
                continue;
            }
            for (const auto& rating : assessment.ratings) {
                expected += rating.indicator.value() == "performance" && rating.level == 4 ? 1U : 0U;
            }
        }
    }
    EXPECT_EQ(count_rows(strongest.body), expected);
    EXPECT_TRUE(contains(strongest.body, "option value=\"performance:4\" selected")) << "the filter is kept";
}

TEST_F(TalentPoolPages, AnAdminAddsSomeonePlacedWithAnEndDateAndTakesThemOut) {
    const auto member = placed_outside_the_pool();
    const auto path = entry_path(member.person);
    const auto form = admin.get(path);
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "Future Leaders Scheme"));
    const auto pool = std::to_string(talent().pool);

    const auto refused = admin.submit(
        path, path,
        {{"pool", pool}, {"expires-day", "31"}, {"expires-month", "2"}, {"expires-year", "2028"}});
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "must be a real date"));
    EXPECT_TRUE(contains(refused.body, "value=\"2028\"")) << "what was typed is kept";
    const auto past = admin.submit(
        path, path, {{"pool", pool}, {"expires-day", "1"}, {"expires-month", "6"}, {"expires-year", "2026"}});
    EXPECT_EQ(past.status, 400);
    EXPECT_TRUE(contains(past.body, "Enter an expiry date after today."));
    const auto no_pool =
        admin.submit(path, path, {{"expires-day", "30"}, {"expires-month", "6"}, {"expires-year", "2028"}});
    EXPECT_EQ(no_pool.status, 400);
    EXPECT_TRUE(contains(no_pool.body, "Choose the pool they join."));

    const auto added = admin.submit(
        path, path,
        {{"pool", pool}, {"expires-day", "30"}, {"expires-month", "6"}, {"expires-year", "2028"}});
    ASSERT_EQ(added.status, 303);
    const auto listed = admin.get(*added.header("Location"));
    EXPECT_TRUE(contains(listed.body, name_of(member.person)));
    EXPECT_TRUE(contains(listed.body, "30 June 2028"));

    const auto remove =
        "/admin/talent/pools/" + pool + "/people/" + std::to_string(member.person.value()) + "/remove";
    const auto removed = admin.submit("/admin/talent/pools", remove, {});
    ASSERT_EQ(removed.status, 303);
    const auto after = admin.get(*removed.header("Location"));
    EXPECT_TRUE(contains(after.body, "They are no longer in the pool."));
    EXPECT_FALSE(contains(after.body, name_of(member.person)));
    EXPECT_EQ(admin.submit("/admin/talent/pools", remove, {}).status, 303)
        << "a second click changes nothing";
    EXPECT_EQ(admin.submit("/admin/talent/pools", "/admin/talent/pools/987654/people/1/remove", {}).status,
              404);
}

TEST_F(TalentPoolPages, AReviewStillOpenApprovesNobody) {
    const auto review = talent().calibrating_review;
    const auto members = site.store().talent_reviews().members(review).value();
    const auto path = "/admin/talent/" + std::to_string(review) + "/people/" +
                      std::to_string(members.front().person.value()) + "/pool";
    const auto page = admin.get(path);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "People join a pool once the review has closed"));
    const auto refused = admin.submit(path, path,
                                      {{"pool", std::to_string(talent().pool)},
                                       {"expires-day", "30"},
                                       {"expires-month", "6"},
                                       {"expires-year", "2028"}});
    EXPECT_EQ(refused.status, 409);
    EXPECT_TRUE(site.store().talent_pools().memberships_of(members.front().person).value().empty());
}

TEST_F(TalentPoolPages, ANewPoolNeedsANameThatIsNotTakenAndKeepsWhatWasTyped) {
    const auto taken = admin.submit("/admin/talent/pools", "/admin/talent/pools",
                                    {{"name", "future leaders scheme"}, {"purpose", "A second try."}});
    EXPECT_EQ(taken.status, 400);
    EXPECT_TRUE(contains(taken.body, "There is already a pool called"));
    EXPECT_TRUE(contains(taken.body, "A second try."));
    const auto made = admin.submit("/admin/talent/pools", "/admin/talent/pools",
                                   {{"name", "Senior Practitioner Pathway"}, {"purpose", ""}});
    ASSERT_EQ(made.status, 303);
    EXPECT_TRUE(contains(admin.get(*made.header("Location")).body, "Senior Practitioner Pathway"));
}

TEST_F(TalentPoolPages, APersonReadsTheirOwnPlaceOnTheirReviewAndNobodyElses) {
    const auto pooled = site.store().talent_pools().members().value();
    const auto current = std::find_if(pooled.begin(), pooled.end(), [&](const auto& each) {
        return each.expires_on > domain::day_of(site.clock().now_seconds());
    });
    ASSERT_NE(current, pooled.end());
    auto& person = others.emplace_back(site);
    const auto email = site.store().people().person(current->person).value()->email;
    person.choose_password(site.add_account(email, domain::Role::Participant), "a long enough password");
    const auto own = person.get("/me/talent/" + std::to_string(talent().closed_review));
    ASSERT_EQ(own.status, 200);
    EXPECT_TRUE(contains(own.body, "You have been approved for <strong>Future Leaders Scheme</strong>"));
    EXPECT_EQ(person.get("/admin/talent/pools").status, 403);
}
