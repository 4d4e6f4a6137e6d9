// The 360 report as a page and as JSON: who sees what, and what the page shows.
#include <gtest/gtest.h>

#include "app/reporting/cycle_reports.hpp"
#include "support/demo_site.hpp"
#include "support/later_cycle.hpp"
#include "support/text_checks.hpp"
#include "web/views/report_view.hpp"

using namespace leadline;
using leadline::testing::Browser;
using leadline::testing::contains;

namespace {

class ReportPages : public ::testing::Test {
  protected:
    void SetUp() override {
        subject_email = site.open_subject_email();
        subject = site.store().people().find_person(subject_email).value()->id;
        published = site.summary().cycle;
        open = site.summary().open_cycle;
        admin.choose_password(site.add_account("hr@council.example", domain::Role::Admin), password);
        participant.choose_password(site.add_account(subject_email, domain::Role::Participant), password);
    }

    std::string report_page() const { return "/me/cycles/" + std::to_string(published.value()) + "/report"; }
    std::string api_path(domain::CycleId cycle, domain::PersonId person) const {
        return "/api/v1/cycles/" + std::to_string(cycle.value()) + "/reports/" +
               std::to_string(person.value());
    }

    static constexpr auto password = "a long enough password";
    leadline::testing::DemoSite site;
    Browser admin{site};
    Browser participant{site};
    std::string subject_email;
    domain::PersonId subject;
    domain::CycleId published;
    domain::CycleId open;
};

} // namespace

TEST_F(ReportPages, ASubjectSeesTheirReportWithAChartItsTableAndWhereToFocus) {
    auto page = participant.get(report_page());
    ASSERT_EQ(page.status, 200) << page.body;
    app::FrameworkCache frameworks;
    const auto set = app::CycleReports(site.store(), frameworks).all(published).value();
    const auto* expected = app::find_subject(set, subject);
    ASSERT_NE(expected, nullptr);
    EXPECT_TRUE(contains(page.body, "360 feedback report: " + expected->name));
    EXPECT_TRUE(contains(page.body, "<svg role=\"img\""));
    EXPECT_TRUE(contains(page.body, "Scores by attribute")); // the chart's figures as a table
    EXPECT_TRUE(contains(page.body, "Where to focus"));
    for (const auto& attribute : expected->report.attributes) {
        EXPECT_TRUE(contains(page.body, attribute.name)) << attribute.name;
        // Each attribute by group: its chart, then its figures as a table.
        EXPECT_TRUE(contains(page.body, attribute.name + ": scores by rater group")) << attribute.name;
    }
    EXPECT_TRUE(contains(page.body, "aria-labelledby=\"chart-groups-" +
                                        std::to_string(expected->report.attributes.size()) + "\""));
    if (expected->report.others_overall.shown) {
        char mean[16];
        std::snprintf(mean, sizeof mean, "%.2f", expected->report.attributes[0].others.score.mean);
        EXPECT_TRUE(contains(page.body, mean));
    }
}

TEST_F(ReportPages, AnAdminSeesAnyonesReportAndAnOpenCycleHasNoneYet) {
    auto page = admin.get("/admin/cycles/" + std::to_string(published.value()) + "/reports/" +
                          std::to_string(subject.value()));
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Scores by attribute"));
    auto not_yet = participant.get("/me/cycles/" + std::to_string(open.value()) + "/report");
    EXPECT_EQ(not_yet.status, 409);
    EXPECT_TRUE(contains(not_yet.body, "not ready yet"));
    EXPECT_EQ(admin.get("/admin/cycles/" + std::to_string(published.value()) + "/reports/999999").status,
              404);
}

TEST_F(ReportPages, TheApiGivesTheSubjectAndAdminsTheReportAndNobodyElse) {
    auto own = participant.get(api_path(published, subject));
    ASSERT_EQ(own.status, 200);
    EXPECT_TRUE(contains(own.body, "\"self_awareness\":"));
    EXPECT_TRUE(contains(own.body, "\"email\":\"" + subject_email + "\""));
    EXPECT_EQ(admin.get(api_path(published, subject)).status, 200);

    // Someone else's report reads as missing to a participant, whether or not it exists.
    domain::PersonId someone_else = subject;
    const auto people = site.store().people().people().value();
    for (const auto& person : people) {
        if (person.id != subject) {
            someone_else = person.id;
            break;
        }
    }
    EXPECT_EQ(participant.get(api_path(published, someone_else)).status, 404);
    Browser anonymous(site);
    auto refused = anonymous.get(api_path(published, subject));
    EXPECT_EQ(refused.status, 401);
    EXPECT_TRUE(contains(refused.body, "Sign in"));
    EXPECT_EQ(admin.get(api_path(open, subject)).status, 409);
    EXPECT_EQ(admin.get("/api/v1/cycles/x/reports/1").status, 404);
}

TEST_F(ReportPages, PublishedCyclesLinkToTheirReports) {
    EXPECT_TRUE(contains(participant.get("/me").body, report_page()));
    const auto cycle_page = admin.get("/admin/cycles/" + std::to_string(published.value())).body;
    EXPECT_TRUE(contains(cycle_page, "/admin/cycles/" + std::to_string(published.value()) + "/reports/" +
                                         std::to_string(subject.value())));
    // An open cycle has no report links yet.
    EXPECT_FALSE(contains(admin.get("/admin/cycles/" + std::to_string(open.value())).body, "/reports/"));
}

TEST_F(ReportPages, APublishedCyclesOwnPageLinksToTheReport) {
    const auto cycle = participant.get("/me/cycles/" + std::to_string(published.value()));
    ASSERT_EQ(cycle.status, 200);
    EXPECT_TRUE(contains(cycle.body, "href=\"" + report_page() + "\""));
    EXPECT_FALSE(contains(participant.get("/me/cycles/" + std::to_string(open.value())).body, "/report\""))
        << "an open cycle has no report yet";
}

TEST_F(ReportPages, ALaterCycleShowsTheChangeSinceTheEarlierOne) {
    app::FrameworkCache frameworks;
    const auto first = app::CycleReports(site.store(), frameworks).all(published).value();
    const auto later = leadline::testing::publish_later_cycle(site.store(), *first.framework, published,
                                                              subject, subject_email, 5);
    auto page = participant.get("/me/cycles/" + std::to_string(later.value()) + "/report");
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Since Leadership 360, autumn 2026"));
    EXPECT_TRUE(contains(page.body, "compares others' scores with your report from"));
    const auto* before = app::find_subject(first, subject);
    ASSERT_NE(before, nullptr);
    ASSERT_TRUE(before->report.attributes[0].others.shown);
    char change[16];
    std::snprintf(change, sizeof change, "+%.2f", 5.0 - before->report.attributes[0].others.score.mean);
    EXPECT_TRUE(contains(page.body, change)) << change;
}

TEST_F(ReportPages, ALineManagerReadsThePublishedReportsOfThePeopleTheyManageOnlyWhereTheCycleAllows) {
    // A subject of the published cycle (which allows it) and their line manager in the directory.
    const auto& demo = site.demo();
    std::size_t managed_index = demo.people.size();
    for (const auto index : demo.subjects) {
        if (demo.people[index].manager && demo.people[*demo.people[index].manager].email != subject_email) {
            managed_index = index;
            break;
        }
    }
    ASSERT_LT(managed_index, demo.people.size());
    const auto& managed_email = demo.people[managed_index].email;
    const auto managed = site.store().people().find_person(managed_email).value()->id;
    const auto& manager_email = demo.people[*demo.people[managed_index].manager].email;
    Browser manager(site);
    manager.choose_password(site.add_account(manager_email, domain::Role::LineManager), password);

    const auto managed_page =
        "/me/cycles/" + std::to_string(published.value()) + "/reports/" + std::to_string(managed.value());
    EXPECT_TRUE(contains(manager.get("/me").body, managed_page));
    auto page = manager.get(managed_page);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "360 feedback report: " + demo.people[managed_index].name));
    EXPECT_EQ(manager.get(api_path(published, managed)).status, 200);

    // Not someone they do not manage, and not anyone's through another participant.
    for (const auto index : demo.subjects) {
        if (demo.people[index].manager != demo.people[managed_index].manager &&
            demo.people[index].email != manager_email) {
            const auto other = site.store().people().find_person(demo.people[index].email).value()->id;
            EXPECT_EQ(manager
                          .get("/me/cycles/" + std::to_string(published.value()) + "/reports/" +
                               std::to_string(other.value()))
                          .status,
                      404);
            EXPECT_EQ(manager.get(api_path(published, other)).status, 404);
            break;
        }
    }
    EXPECT_EQ(participant.get(managed_page).status, 404);
    EXPECT_EQ(participant.get(api_path(published, managed)).status, 404);

    // A later cycle that keeps reports to their subjects: the same manager cannot read it.
    app::FrameworkCache frameworks;
    const auto framework = app::CycleReports(site.store(), frameworks).all(published).value().framework;
    const auto later = leadline::testing::publish_later_cycle(site.store(), *framework, published, managed,
                                                              managed_email, 4, false);
    const auto later_page =
        "/me/cycles/" + std::to_string(later.value()) + "/reports/" + std::to_string(managed.value());
    EXPECT_EQ(manager.get(later_page).status, 404);
    EXPECT_EQ(manager.get(api_path(later, managed)).status, 404);
    EXPECT_FALSE(contains(manager.get("/me").body, later_page));
    EXPECT_EQ(admin.get(api_path(later, managed)).status, 200);
}

TEST_F(ReportPages, RatersAreToldWhenTheSubjectsLineManagerWillReadTheReport) {
    std::string published_token;
    for (const auto& nomination : site.demo().nominations) {
        if (nomination.group == domain::RaterGroup::Peer) {
            published_token = nomination.token;
            break;
        }
    }
    Browser rater(site);
    EXPECT_TRUE(contains(rater.get("/r/" + published_token).body, "and their line manager"));
    EXPECT_FALSE(contains(rater.get("/r/" + site.open_token(domain::RaterGroup::Peer)).body,
                          "and their line manager"));
}

TEST_F(ReportPages, AReportCanBeWrittenAsOneFileThatNeedsNothingElse) {
    app::FrameworkCache frameworks;
    const auto set = app::CycleReports(site.store(), frameworks).all(published).value();
    const auto* subject_report = app::find_subject(set, subject);
    ASSERT_NE(subject_report, nullptr);
    const web::PageRenderer pages(LEADLINE_SOURCE_TEMPLATES);
    const auto document = web::report_document(pages, set, *subject_report,
                                               ".leadline-chart { width: 100%; } </style><script>");
    EXPECT_TRUE(contains(document, "<!DOCTYPE html>"));
    EXPECT_TRUE(contains(document, "360 feedback report: " + subject_report->name));
    EXPECT_TRUE(contains(document, "<svg role=\"img\""));
    EXPECT_TRUE(contains(document, ".leadline-chart { width: 100%; }")) << "the stylesheet is written in";
    EXPECT_FALSE(contains(document, "</style><script"))
        << "nothing in the stylesheet can end the style element";
    EXPECT_FALSE(contains(document, "/assets/"));
    EXPECT_FALSE(contains(document, ">Back<")) << "a file has nowhere to go back to";
}
