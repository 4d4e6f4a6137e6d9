// An HR viewer reads cycles' progress and reports and is offered nothing that changes them; someone in the
// HR team who is also in the people directory takes part in cycles like anyone else.
#include <gtest/gtest.h>

#include "support/admin_pages.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::Browser;
using leadline::testing::contains;

namespace {

class HrViewerPages : public leadline::testing::AdminCyclePages {
  protected:
    void SetUp() override {
        AdminCyclePages::SetUp();
        viewer.choose_password(site.add_account("analyst@council.example", domain::Role::HrViewer),
                               "a long enough password");
    }
    Browser viewer{site};
};

TEST_F(HrViewerPages, ReadProgressAndReportsWithNothingToPressThatChangesThem) {
    const auto cycles = viewer.get("/admin");
    ASSERT_EQ(cycles.status, 200);
    EXPECT_FALSE(contains(cycles.body, "Create a cycle"));
    EXPECT_TRUE(contains(admin.get("/admin").body, "Create a cycle")) << "an admin still has it";
    EXPECT_FALSE(contains(cycles.body, "href=\"/admin/outbox\""))
        << "only the pages they may use are offered";

    const auto open_page = viewer.get(cycle_path(open));
    ASSERT_EQ(open_page.status, 200);
    EXPECT_TRUE(contains(open_page.body, "answered"));
    for (const auto* action : {"Close the cycle", "Send reminders", "Add a subject", "See who to chase",
                               "Change the closing date", "/subjects/"}) {
        EXPECT_FALSE(contains(open_page.body, action)) << action;
        EXPECT_TRUE(contains(admin.get(cycle_path(open)).body, action)) << action << " is an admin's";
    }
    EXPECT_EQ(viewer.get(cycle_path(open, "progress.csv")).status, 200);

    const auto published_page = viewer.get(cycle_path(published)).body;
    EXPECT_TRUE(contains(published_page, "Organisation heatmap"));
    EXPECT_FALSE(contains(published_page, "Mentor matching"));
    const auto subject = site.store().cycles().load_cycle(published).value().subjects().at(0).person;
    EXPECT_EQ(viewer.get(cycle_path(published, "reports/" + std::to_string(subject.value()))).status, 200);
}

TEST_F(HrViewerPages, AreRefusedEveryChangeEvenWhenTheyForgeTheForm) {
    EXPECT_EQ(viewer.submit("/admin", cycle_path(open, "close"), {{"confirmed", "yes"}}).status, 403);
    EXPECT_EQ(viewer.submit("/admin", cycle_path(open, "remind"), {}).status, 403);
    EXPECT_EQ(viewer.get("/admin/people").status, 403);
    EXPECT_EQ(site.store().cycles().load_cycle(open).value().state(), domain::CycleState::Open);
}

TEST_F(HrViewerPages, AnAdminInThePeopleDirectoryTakesPartInCyclesToo) {
    Browser admin_subject(site);
    admin_subject.choose_password(site.add_account(site.open_subject_email(), domain::Role::Admin),
                                  "a long enough password");
    const auto admin_home = admin_subject.get("/admin").body;
    EXPECT_TRUE(contains(admin_home, "href=\"/me\"")) << "their own feedback is a link away";
    const auto mine = admin_subject.get("/me");
    EXPECT_EQ(mine.status, 200);
    EXPECT_TRUE(contains(mine.body, site.demo().open_cycle.settings.name));
    EXPECT_EQ(admin.get("/me").status, 403) << "an admin who is not in the directory has no feedback";
}

} // namespace
