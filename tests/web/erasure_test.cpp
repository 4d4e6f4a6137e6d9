// Erasing someone who has left, on request: their details, account and own reports go; as a rater, what
// they wrote goes and their ratings stay, unattributed; the reports kept in memory are drawn again.
#include <gtest/gtest.h>

#include <algorithm>

#include "support/admin_pages.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::contains;

namespace {

class Erasure : public leadline::testing::AdminCyclePages {
  protected:
    // Whether the person takes part in the open cycle, as subject or rater.
    bool in_open_cycle(std::size_t person) {
        const auto& open_cycle = site.demo().open_cycle;
        if (std::find(open_cycle.subjects.begin(), open_cycle.subjects.end(), person) !=
            open_cycle.subjects.end()) {
            return true;
        }
        return std::any_of(open_cycle.nominations.begin(), open_cycle.nominations.end(),
                           [&](const auto& nomination) { return nomination.colleague == person; });
    }
    domain::Person mark_left(const std::string& email) {
        auto person = site.store().people().find_person(email).value().value();
        person.left_at = site.clock().now_seconds();
        EXPECT_TRUE(site.store().people().save_person(person));
        return person;
    }
    web::Response erase(const std::string& email, bool confirmed) {
        std::vector<web::FormField> fields{{"email", email}};
        if (confirmed) {
            fields.push_back({"confirmed", "yes"});
        }
        return admin.submit("/admin/people/erase", "/admin/people/erase", fields);
    }
    std::string report_path(domain::PersonId subject) {
        return cycle_path(published, "reports/" + std::to_string(subject.value()));
    }
};

TEST_F(Erasure, OnlySomeoneWhoHasLeftAndIsInNoRunningCycleCanBeErased) {
    EXPECT_EQ(admin.get("/admin/people/erase").status, 200);
    const auto still_here = erase(site.open_subject_email(), false);
    EXPECT_EQ(still_here.status, 400);
    EXPECT_TRUE(contains(still_here.body, "has not left"));
    mark_left(site.open_subject_email());
    const auto running = erase(site.open_subject_email(), true);
    EXPECT_EQ(running.status, 400);
    EXPECT_TRUE(contains(running.body, "which is still running"));
    EXPECT_TRUE(site.store().people().find_person(site.open_subject_email()).value().has_value());
}

TEST_F(Erasure, ASubjectsOwnReportsGoAndTheirDetailsAndAccountWithThem) {
    const auto& demo = site.demo();
    std::string email;
    for (const auto index : demo.subjects) {
        if (!in_open_cycle(index)) {
            email = demo.people[index].email;
            break;
        }
    }
    ASSERT_FALSE(email.empty());
    (void)site.add_account(email, domain::Role::Participant);
    const auto person = mark_left(email);
    ASSERT_EQ(admin.get(report_path(person.id)).status, 200);

    const auto asked = erase(email, false);
    ASSERT_EQ(asked.status, 200);
    EXPECT_TRUE(contains(asked.body, "Erase " + person.name + "?")) << "it asks first";
    EXPECT_TRUE(site.store().people().find_person(email).value().has_value()) << "nothing yet";
    const auto erased = erase(email, true);
    ASSERT_EQ(erased.status, 303);
    EXPECT_TRUE(contains(admin.get(*erased.header("Location")).body, "Their data is erased"));

    EXPECT_FALSE(site.store().people().find_person(email).value().has_value());
    const auto kept = site.store().people().person(person.id).value().value();
    EXPECT_EQ(kept.name, "Erased person");
    EXPECT_FALSE(site.store().accounts().find_user_by_email(email).value().has_value());
    EXPECT_EQ(admin.get(report_path(person.id)).status, 404) << "their report is gone, even from memory";
    EXPECT_FALSE(contains(admin.get(cycle_path(published)).body, person.name));
}

TEST_F(Erasure, ARatersCommentsGoAndTheirRatingsStayUnattributed) {
    const auto& demo = site.demo();
    // A colleague in no running cycle whose comment shows in the report of the person they rated.
    std::string email;
    std::string comment;
    domain::PersonId rated;
    for (const auto& nomination : demo.nominations) {
        if (!nomination.colleague || !nomination.answers || nomination.answers->comments.empty() ||
            in_open_cycle(*nomination.colleague) ||
            std::find(demo.subjects.begin(), demo.subjects.end(), *nomination.colleague) !=
                demo.subjects.end()) {
            continue;
        }
        const auto subject =
            site.store().people().find_person(demo.people[nomination.subject].email).value()->id;
        const auto& text = nomination.answers->comments.begin()->second;
        if (contains(admin.get(report_path(subject)).body, text)) {
            email = demo.people[*nomination.colleague].email;
            comment = text;
            rated = subject;
            break;
        }
    }
    ASSERT_FALSE(email.empty()) << "the demo has a colleague whose comment is shown";
    mark_left(email);
    ASSERT_EQ(erase(email, true).status, 303);
    const auto report = admin.get(report_path(rated));
    ASSERT_EQ(report.status, 200) << "the report they contributed to stays";
    EXPECT_FALSE(contains(report.body, comment)) << "what they wrote is gone";
}

} // namespace
