// The outbox page: an admin marks a message they sent themselves, and asks for another try of one the
// mail server kept refusing.
#include <gtest/gtest.h>

#include "support/admin_pages.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::contains;

namespace {

// With reminders waiting in the outbox.
class OutboxPage : public leadline::testing::AdminCyclePages {
  protected:
    void SetUp() override {
        AdminCyclePages::SetUp();
        ASSERT_EQ(admin.submit(cycle_path(open), cycle_path(open, "remind"), {}).status, 303);
    }
};

TEST_F(OutboxPage, AMessageSentByHandIsMarkedSentAndItsTextForgotten) {
    const auto waiting = site.store().outbox().unsent(1).value();
    ASSERT_EQ(waiting.size(), 1U);
    const auto id = std::to_string(waiting[0].id);
    const auto page = admin.get("/admin/outbox").body;
    EXPECT_TRUE(contains(page, "action=\"/admin/outbox/" + id + "/sent\""));
    auto marked = admin.submit("/admin/outbox", "/admin/outbox/" + id + "/sent", {});
    ASSERT_EQ(marked.status, 303);
    EXPECT_TRUE(contains(admin.get(*marked.header("Location")).body, "The message is marked as sent"));
    const auto still = site.store().outbox().unsent(1).value();
    EXPECT_TRUE(still.empty() || still[0].id != waiting[0].id);
    EXPECT_EQ(admin.submit("/admin/outbox", "/admin/outbox/" + id + "/sent", {}).status, 409) << "only once";
}

TEST_F(OutboxPage, AMessageGivenUpOnIsSaidSoAndCanBeTriedAgain) {
    const auto waiting = site.store().outbox().unsent(1).value();
    ASSERT_EQ(waiting.size(), 1U);
    const auto message = waiting[0].id;
    for (int attempt = 0; attempt < app::most_delivery_attempts; ++attempt) {
        ASSERT_TRUE(site.store().outbox().mark_failed(message, "550 mailbox unavailable", 0));
    }
    const auto now = site.clock().now_seconds();
    const auto is_due = [&] {
        const auto due = site.store().outbox().due(100000, now).value();
        return std::any_of(due.begin(), due.end(), [&](const auto& m) { return m.id == message; });
    };
    EXPECT_FALSE(is_due());
    const auto page = admin.get("/admin/outbox").body;
    EXPECT_TRUE(contains(page, "Not sent: gave up after 8 tries"));
    EXPECT_TRUE(contains(page, "550 mailbox unavailable"));
    auto retried = admin.submit("/admin/outbox", "/admin/outbox/" + std::to_string(message) + "/retry", {});
    ASSERT_EQ(retried.status, 303);
    EXPECT_TRUE(contains(admin.get(*retried.header("Location")).body, "will be tried again"));
    EXPECT_TRUE(is_due());
}

} // namespace
