// The audit log: every completed admin action, who did it and when, and never what a form held.
#include <gtest/gtest.h>

#include "app/governance/audit_log.hpp"
#include "support/admin_pages.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::contains;

namespace {

class AuditLog : public leadline::testing::AdminCyclePages {
  protected:
    std::vector<app::AuditEntry> entries() { return site.store().audit().entries(1000, 0).value(); }
};

TEST_F(AuditLog, CompletedAdminActionsAreRecordedNewestFirstWithoutWhatTheFormsHeld) {
    const auto before = entries().size(); // the demo's own history
    ASSERT_EQ(admin
                  .submit("/admin/organisation", "/admin/organisation",
                          {{"name", "Secret Borough Council"}, {"contact-email", ""}, {"privacy-url", ""}})
                  .status,
              303);
    site.clock().advance(60);
    ASSERT_EQ(admin.submit(cycle_path(open), cycle_path(open, "remind"), {}).status, 303);

    const auto log = entries();
    ASSERT_EQ(log.size(), before + 2);
    EXPECT_EQ(log[0].target, cycle_path(open, "remind")) << "newest first";
    EXPECT_EQ(log[0].actor, "hr@council.example");
    EXPECT_EQ(log[0].action, "Reminds raters who have not answered");
    EXPECT_EQ(log[0].at, site.clock().now_seconds());
    EXPECT_EQ(log[1].target, "/admin/organisation");
    for (const auto& entry : std::vector<app::AuditEntry>(log.begin(), log.begin() + 2)) {
        EXPECT_FALSE(contains(entry.action + entry.target, "Secret")) << "a form's contents are never kept";
    }

    const auto page = admin.get("/admin/audit").body;
    EXPECT_TRUE(contains(page, "Reminds raters who have not answered"));
    EXPECT_TRUE(contains(page, app::readable_time(site.clock().now_seconds())));
    const auto csv = admin.get("/admin/audit.csv");
    ASSERT_EQ(csv.status, 200);
    EXPECT_TRUE(contains(csv.body, "when_utc,who,what,address\n"));
    EXPECT_TRUE(contains(csv.body, "hr@council.example,Reminds raters who have not answered," +
                                       cycle_path(open, "remind")));
}

TEST_F(AuditLog, RefusalsQuestionsAndOtherPeoplesPostsAreNotActions) {
    const auto before = entries().size();
    ASSERT_EQ(admin.submit("/admin/organisation", "/admin/organisation", {{"name", ""}}).status, 400);
    ASSERT_EQ(admin.submit(cycle_path(open), cycle_path(open, "close"), {}).status, 200) << "asks first";
    leadline::testing::Browser me{site, "192.0.2.9"};
    me.choose_password(site.add_account(site.open_subject_email(), domain::Role::Participant),
                       "a long enough password");
    const auto mine = "/me/cycles/" + std::to_string(open.value());
    ASSERT_EQ(
        me.submit(mine, mine + "/raters", {{"email", "partner@trust.example"}, {"group", "partner"}}).status,
        303);
    EXPECT_EQ(entries().size(), before);
}

// Checked against `date -u -d @1790000000`: Mon Sep 21 14:13:20 UTC 2026.
TEST_F(AuditLog, TheDemoShowsItsHrTeamsHistory) {
    const auto log = entries();
    ASSERT_FALSE(log.empty());
    EXPECT_EQ(log.back().action, "Opens a draft cycle") << "oldest last";
    EXPECT_EQ(log.back().target, cycle_path(published, "open"));
}

TEST(AuditTimes, ReadInUtc) {
    EXPECT_EQ(app::readable_time(1'790'000'000), "21 September 2026, 14:13");
    EXPECT_EQ(app::audit_csv({{1'790'000'000, "a@x.example", "Does a thing", "/admin/x"}}),
              "when_utc,who,what,address\n2026-09-21T14:13:20Z,a@x.example,Does a thing,/admin/x\n");
}

} // namespace
