// Retention in the browser: the period is set on the Organisation page, the cycle page says what happens to
// its answers, and once they are deleted every report reads as before, even after a restart.
#include <gtest/gtest.h>

#include "app/governance/answer_retention.hpp"
#include "support/admin_pages.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::contains;

namespace {

class AnswerRetentionPages : public leadline::testing::AdminCyclePages {
  protected:
    web::Response save_retention(const std::string& months) {
        return admin.submit("/admin/organisation", "/admin/organisation",
                            {{"name", "Demo County Council"},
                             {"contact-email", ""},
                             {"privacy-url", ""},
                             {"answer-retention", months}});
    }

    std::string report_path() {
        const auto subject = site.demo().people[site.demo().subjects.front()].email;
        const auto person = site.store().people().find_person(subject).value().value();
        return cycle_path(published, "reports/" + std::to_string(person.id.value()));
    }
};

TEST_F(AnswerRetentionPages, APeriodThatIsNotWholeMonthsIsRefusedAndKeptAsTyped) {
    EXPECT_EQ(site.store().organisation().details().value().answer_retention_months, 24) << "the demo's own";
    const auto refused = save_retention("six");
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "Enter a whole number of months from 1 to 120"));
    EXPECT_TRUE(contains(refused.body, "value=\"six\""));
    EXPECT_TRUE(contains(refused.body, "href=\"#answer-retention\""));
    EXPECT_EQ(site.store().organisation().details().value().answer_retention_months, 24) << "nothing saved";
    ASSERT_EQ(save_retention("").status, 303);
    EXPECT_TRUE(contains(admin.get(cycle_path(published)).body,
                         "Kept: no retention period is set on the Organisation page."));
}

TEST_F(AnswerRetentionPages, ASavedPeriodShowsWhenEachPublishedCyclesAnswersGo) {
    ASSERT_EQ(save_retention("30").status, 303);
    EXPECT_TRUE(contains(admin.get("/admin/organisation").body, "value=\"30\""));
    // The demo's published cycle closed on 30 September 2026.
    EXPECT_TRUE(contains(admin.get(cycle_path(published)).body,
                         "Kept until 30 March 2029, then deleted; the reports stay as they are."));
    EXPECT_FALSE(contains(admin.get(cycle_path(open)).body, "Individual answers"))
        << "a running cycle's answers are not touched";
}

TEST_F(AnswerRetentionPages, OnceAnswersAreDeletedReportsReadAsBeforeEvenAfterARestart) {
    const auto before = admin.get(report_path());
    ASSERT_EQ(before.status, 200);
    ASSERT_EQ(save_retention("12").status, 303);
    leadline::testing::SettableClock later;
    later.advance(400 * 24 * 3600); // past 30 September 2027
    app::FrameworkCache frameworks;
    ASSERT_EQ(app::delete_answers_due(site.store(), frameworks, later).value().size(), 1U);

    site.restart(); // nothing drawn from the answers is left in memory
    const auto after = admin.get(report_path());
    ASSERT_EQ(after.status, 200);
    EXPECT_EQ(after.body, before.body) << "the report reads exactly as it did";
    EXPECT_TRUE(contains(admin.get(cycle_path(published)).body,
                         "Deleted on " + app::date_of(later.now_seconds()).display() + ", as the retention"));
    const auto archive = admin.get(cycle_path(published, "reports.zip"));
    EXPECT_EQ(archive.status, 200) << "every report can still be downloaded";
}

} // namespace
