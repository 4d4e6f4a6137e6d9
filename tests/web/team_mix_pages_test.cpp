// A team's right mix: admins for any unit; a line manager for the people they managed in the cycle,
// only when enough of them have reports.
#include <gtest/gtest.h>

#include <map>

#include "support/demo_site.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::Browser;
using leadline::testing::contains;

namespace {

class TeamMixPages : public ::testing::Test {
  protected:
    void SetUp() override {
        published = site.summary().cycle;
        open = site.summary().open_cycle;
        admin.choose_password(site.add_account("hr@council.example", domain::Role::Admin), password);
        // How many people each manager line-managed in the published cycle.
        const auto cycle = site.store().cycles().load_cycle(published).value();
        for (const auto& nomination : cycle.nominations()) {
            if (nomination.group == domain::RaterGroup::LineManager) {
                ++team_size[nomination.rater.email];
            }
        }
    }

    std::string manager_with(bool large) const {
        for (const auto& [email, size] : team_size) {
            if ((size >= 6) == large && (large || size <= 4)) {
                return email;
            }
        }
        return {};
    }

    std::string team_page() const { return "/me/cycles/" + std::to_string(published.value()) + "/team"; }

    static constexpr auto password = "a long enough password";
    leadline::testing::DemoSite site{"", 400}; // large enough for a manager of six
    Browser admin{site};
    domain::CycleId published;
    domain::CycleId open;
    std::map<std::string, int> team_size;
};

} // namespace

TEST_F(TeamMixPages, AnAdminChoosesAUnitAndSeesItsMix) {
    const auto base = "/admin/cycles/" + std::to_string(published.value()) + "/team";
    EXPECT_TRUE(contains(admin.get("/admin/cycles/" + std::to_string(published.value())).body, base));
    const auto chooser = admin.get(base);
    ASSERT_EQ(chooser.status, 200);
    EXPECT_TRUE(contains(chooser.body, "Team or unit"));
    const auto units = site.store().people().units().value();
    const auto& top =
        *std::find_if(units.begin(), units.end(), [](const auto& unit) { return !unit.parent; });
    const auto page = admin.get(base + "?unit=" + std::to_string(top.id.value()));
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "The right mix: " + top.name));
    EXPECT_TRUE(contains(page.body, "The team against the cycle, by attribute"));
    EXPECT_EQ(admin.get(base + "?unit=999999").status, 404);
    EXPECT_EQ(admin.get("/admin/cycles/" + std::to_string(open.value()) + "/team").status, 409);
}

TEST_F(TeamMixPages, ALineManagerOfEnoughPeopleSeesTheirTeamsMix) {
    const auto email = manager_with(true);
    ASSERT_FALSE(email.empty());
    Browser manager(site);
    manager.choose_password(site.add_account(email, domain::Role::LineManager), password);
    EXPECT_TRUE(contains(manager.get("/me").body, team_page()));
    const auto page = manager.get(team_page());
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Your team&#39;s right mix") ||
                contains(page.body, "Your team's right mix"));
    EXPECT_TRUE(contains(page.body, "The team against the cycle, by attribute"));
}

TEST_F(TeamMixPages, ALineManagerOfAFewSeesWhyThereIsNoMixAndNoFigures) {
    const auto email = manager_with(false);
    ASSERT_FALSE(email.empty());
    Browser manager(site);
    manager.choose_password(site.add_account(email, domain::Role::LineManager), password);
    const auto page = manager.get(team_page());
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "is shown when at least 5"));
    EXPECT_FALSE(contains(page.body, "The team against the cycle, by attribute"));
    EXPECT_FALSE(contains(manager.get("/me").body, team_page())) << "no link to a mix that cannot be shown";
}

TEST_F(TeamMixPages, SomeoneWhoManagedNoOneInTheCycleHasNoTeamPage) {
    Browser participant(site);
    participant.choose_password(site.add_account(site.open_subject_email(), domain::Role::Participant),
                                password);
    if (team_size.count(site.open_subject_email()) == 0) {
        EXPECT_EQ(participant.get(team_page()).status, 404);
        EXPECT_FALSE(contains(participant.get("/me").body, team_page()));
    }
    EXPECT_EQ(participant.get("/me/cycles/999/team").status, 404);
}
