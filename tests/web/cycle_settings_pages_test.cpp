// A draft cycle's settings and dates changed from the browser: the form comes filled in with what was
// saved, and a rater group already in use cannot be dropped. Once open, only the closing date changes.
#include <gtest/gtest.h>

#include "app/feedback/cycle_administration.hpp"
#include "support/admin_pages.hpp"
#include "support/cycle_form_fields.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::contains;

namespace {

class CycleSettingsPages : public leadline::testing::AdminCyclePages {
  protected:
    static std::vector<web::FormField> fields(const std::string& name, const std::string& closes_day,
                                              const std::vector<std::string>& groups,
                                              const std::string& peer_minimum) {
        return leadline::testing::cycle_form_fields(
            name, closes_day, groups, peer_minimum,
            {{"comment-minimum", "5"}, {"manager-identified", "no"}, {"managers-see-reports", "yes"}});
    }
    domain::CycleId create_draft() {
        const auto created = admin.submit("/admin/cycles/new", "/admin/cycles/new",
                                          fields("Senior leaders 2027", "29", {"line-manager", "peer"}, "4"));
        EXPECT_EQ(created.status, 303);
        const auto location = *created.header("Location");
        return domain::CycleId{std::stoll(location.substr(14, location.find('?') - 14))};
    }
};

TEST_F(CycleSettingsPages, TheFormShowsWhatWasSavedAndSavesWhatIsChanged) {
    const auto id = create_draft();
    const auto settings = cycle_path(id, "settings");
    EXPECT_TRUE(contains(admin.get(cycle_path(id)).body, "href=\"" + settings + "\""));
    const auto form = admin.get(settings);
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "Change the cycle&#39;s settings"));
    EXPECT_TRUE(contains(form.body, "value=\"Senior leaders 2027\""));
    EXPECT_TRUE(
        contains(form.body, "id=\"group-peer\" name=\"group\" type=\"checkbox\" value=\"peer\" checked"));
    EXPECT_FALSE(contains(form.body, "value=\"direct-report\" checked"));
    EXPECT_TRUE(contains(form.body, "name=\"minimum-peer\" type=\"text\" inputmode=\"numeric\" value=\"4\""));
    EXPECT_TRUE(contains(form.body, "name=\"closes-day\" type=\"text\" inputmode=\"numeric\" value=\"29\""));
    EXPECT_TRUE(contains(form.body, "value=\"no\" checked")) << "the line manager's answers are combined";

    const auto saved = admin.submit(
        settings, settings,
        fields("Senior leaders, spring 2027", "31", {"line-manager", "peer", "direct-report"}, "5"));
    ASSERT_EQ(saved.status, 303) << saved.body;
    const auto page = admin.get(*saved.header("Location")).body;
    EXPECT_TRUE(contains(page, "The cycle&#39;s settings are saved"));
    EXPECT_TRUE(contains(page, "Senior leaders, spring 2027"));
    EXPECT_TRUE(contains(page, "31 March 2027"));
    EXPECT_TRUE(contains(page, "Peers: at least 5 to be shown"));
    EXPECT_TRUE(contains(page, "Direct reports: at least"));
}

TEST_F(CycleSettingsPages, ProblemsKeepWhatWasTypedAndAGroupInUseCannotBeDropped) {
    const auto id = create_draft();
    const auto settings = cycle_path(id, "settings");
    const auto past = admin.submit(settings, settings, fields("Senior leaders 2027", "", {"peer"}, "4"));
    EXPECT_EQ(past.status, 400);
    EXPECT_TRUE(contains(past.body, "There is a problem"));

    // Someone with a line manager in the directory, who is asked for them at once.
    std::string subject;
    for (const auto& person : site.demo().people) {
        if (person.manager) {
            subject = person.email;
            break;
        }
    }
    ASSERT_EQ(admin.submit(cycle_path(id), cycle_path(id, "subjects"), {{"email", subject}}).status, 303);
    const auto refused = admin.submit(settings, settings, fields("Senior leaders 2027", "29", {"peer"}, "4"));
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "1 rater was already asked as Line manager"));
    EXPECT_TRUE(contains(refused.body, "href=\"#groups\""));
    const auto kept = app::CycleAdministration(site.store()).overview(id).value().settings;
    EXPECT_EQ(kept.rater_groups.size(), 3U) << "nothing was saved";
}

TEST_F(CycleSettingsPages, AnOpenCyclesSettingsCannotChange) {
    const auto page = admin.get(cycle_path(open, "settings"));
    EXPECT_EQ(page.status, 409);
    EXPECT_TRUE(contains(page.body, "Only a draft cycle&#39;s settings can be changed"));
    const auto forged =
        admin.submit(cycle_path(open), cycle_path(open, "settings"), fields("Renamed", "29", {"peer"}, "4"));
    EXPECT_EQ(forged.status, 409);
    EXPECT_NE(site.store().cycles().load_cycle(open).value().settings().name, "Renamed");
}

} // namespace
