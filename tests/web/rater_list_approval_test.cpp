// Rater lists approved by the subject's line manager before their raters are asked, where a cycle wants
// it: self-assessments go at once, raters only once the list is approved, and a changed list is approved
// again.
#include <gtest/gtest.h>

#include "app/accounts/accounts.hpp"
#include "support/admin_pages.hpp"
#include "support/cycle_form_fields.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::Browser;
using leadline::testing::contains;

namespace {

class RaterListApproval : public leadline::testing::AdminCyclePages {
  protected:
    void SetUp() override {
        AdminCyclePages::SetUp();
        // A subject with a line manager in the directory, and two colleagues to ask.
        const auto& people = site.demo().people;
        for (const auto& person : people) {
            if (person.manager && subject_email.empty()) {
                subject_email = person.email;
                manager_email = people[*person.manager].email;
            }
        }
        for (const auto& person : people) {
            if (person.email != subject_email && person.email != manager_email && colleagues.size() < 2) {
                colleagues.push_back(person.email);
            }
        }
        const auto created = admin.submit(
            "/admin/cycles/new", "/admin/cycles/new",
            leadline::testing::cycle_form_fields("Approved lists 2027", "29", {"line-manager", "peer"}, "3",
                                                 {{"comment-minimum", "3"},
                                                  {"manager-identified", "yes"},
                                                  {"managers-see-reports", "no"},
                                                  {"approval", "line-manager"}}));
        const auto location = *created.header("Location");
        cycle = domain::CycleId{std::stoll(location.substr(14, location.find('?') - 14))};
        EXPECT_EQ(
            admin.submit(cycle_path(cycle), cycle_path(cycle, "subjects"), {{"email", subject_email}}).status,
            303);
        subject.choose_password(link_for(subject_email), "a long enough password");
        manager.choose_password(link_for(manager_email), "a long enough password");
    }

    // A sign-in link for someone: being added to a cycle gave the subject an account already.
    std::string link_for(const std::string& email) {
        if (site.store().accounts().find_user_by_email(email).value()) {
            return app::Accounts(site.store(), site.clock()).issue_link(email).value().token;
        }
        return site.add_account(email, domain::Role::LineManager);
    }

    web::Response ask(const std::string& email) {
        const auto page = "/me/cycles/" + std::to_string(cycle.value());
        return subject.submit(page, page + "/raters", {{"email", email}, {"group", "peer"}});
    }
    bool invited(const std::string& email) {
        const auto waiting = site.store().outbox().unsent(100000).value();
        return std::any_of(waiting.begin(), waiting.end(), [&](const auto& message) {
            return message.to == email && message.kind == app::MessageKind::Invitation;
        });
    }

    std::string subject_email;
    std::string manager_email;
    std::vector<std::string> colleagues;
    domain::CycleId cycle;
    Browser subject{site};
    Browser manager{site};
};

TEST_F(RaterListApproval, RatersAreAskedOnlyOnceTheLineManagerApprovesTheList) {
    EXPECT_TRUE(
        contains(admin.get(cycle_path(cycle)).body, "Each subject&#39;s line manager, or the HR team"));
    ASSERT_EQ(ask(colleagues[0]).status, 303);
    ASSERT_EQ(admin.submit(cycle_path(cycle), cycle_path(cycle, "open"), {{"confirmed", "yes"}}).status, 303);
    EXPECT_TRUE(invited(subject_email)) << "the self-assessment goes at once";
    EXPECT_FALSE(invited(colleagues[0])) << "a rater waits for the list's approval";
    EXPECT_TRUE(contains(subject.get("/me/cycles/" + std::to_string(cycle.value())).body,
                         "Waiting for approval by the line manager"));

    const auto home = manager.get("/me").body;
    EXPECT_TRUE(contains(home, "1 rater list waits for your approval"));
    const auto lists = manager.get("/me/approvals").body;
    EXPECT_TRUE(contains(lists, colleagues[0]));
    const auto subject_id = site.store().people().find_person(subject_email).value()->id;
    const auto action =
        "/me/approvals/" + std::to_string(cycle.value()) + "/" + std::to_string(subject_id.value());
    EXPECT_EQ(Browser(site).post(action, {}).status, 303) << "anonymous visitors are sent to sign in";
    EXPECT_EQ(subject.submit("/me", action, {}).status, 404) << "nobody approves their own list";

    const auto approved = manager.submit("/me/approvals", action, {});
    ASSERT_EQ(approved.status, 303);
    EXPECT_TRUE(contains(manager.get(*approved.header("Location")).body, "The list is approved"));
    EXPECT_TRUE(invited(colleagues[0])) << "approved, the rater is asked at once";
    EXPECT_TRUE(contains(manager.get("/me/approvals").body, "No lists are waiting for you"));

    // A rater added later waits for approval again; the one already asked stays asked.
    ASSERT_EQ(ask(colleagues[1]).status, 303);
    EXPECT_FALSE(invited(colleagues[1]));
    const auto subject_page =
        admin.get(cycle_path(cycle, "subjects/" + std::to_string(subject_id.value()))).body;
    EXPECT_TRUE(contains(subject_page, "Asked once the list is approved"));
    EXPECT_TRUE(contains(subject_page, "Approve the rater list"));
    const auto hr_approved =
        admin.submit(cycle_path(cycle),
                     cycle_path(cycle, "subjects/" + std::to_string(subject_id.value()) + "/approve"), {});
    ASSERT_EQ(hr_approved.status, 303);
    EXPECT_TRUE(invited(colleagues[1])) << "the HR team may approve too";
}

TEST_F(RaterListApproval, AnotherLineManagerCannotApproveTheList) {
    ASSERT_EQ(ask(colleagues[0]).status, 303);
    std::string other;
    for (const auto& person : site.demo().people) {
        if (person.manager && site.demo().people[*person.manager].email != manager_email) {
            other = site.demo().people[*person.manager].email;
            break;
        }
    }
    ASSERT_FALSE(other.empty());
    Browser stranger(site);
    stranger.choose_password(link_for(other), "a long enough password");
    EXPECT_FALSE(contains(stranger.get("/me/approvals").body, colleagues[0]));
    const auto subject_id = site.store().people().find_person(subject_email).value()->id;
    EXPECT_EQ(stranger
                  .submit("/me/approvals",
                          "/me/approvals/" + std::to_string(cycle.value()) + "/" +
                              std::to_string(subject_id.value()),
                          {})
                  .status,
              404);
}

} // namespace
