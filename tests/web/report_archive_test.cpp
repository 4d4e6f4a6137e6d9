// Every report of a published cycle in one ZIP: a self-contained file per subject, and every figure in
// one CSV, for HR to keep; nothing before the cycle is published.
#include <gtest/gtest.h>

#include "support/admin_pages.hpp"
#include "support/text_checks.hpp"
#include "support/zip_reader.hpp"

using namespace leadline;
using leadline::testing::contains;

namespace {

class ReportArchive : public leadline::testing::AdminCyclePages {};

TEST_F(ReportArchive, HoldsAReportPerSubjectAndEveryFigure) {
    EXPECT_TRUE(contains(admin.get(cycle_path(published)).body, cycle_path(published, "reports.zip")));
    const auto download = admin.get(cycle_path(published, "reports.zip"));
    ASSERT_EQ(download.status, 200);
    EXPECT_EQ(*download.header("Content-Type"), "application/zip");
    EXPECT_TRUE(contains(*download.header("Content-Disposition"), "attachment; filename=\"reports-cycle-"));

    const auto files = leadline::testing::read_zip(download.body);
    const auto cycle = site.store().cycles().load_cycle(published).value();
    ASSERT_EQ(files.size(), cycle.subjects().size() + 2) << "a note, the figures, and a report per subject";
    EXPECT_EQ(files[0].name, "READ ME.txt");
    EXPECT_EQ(files[1].name, "figures.csv");
    EXPECT_EQ(files[1].content.rfind("subject_email,subject_name,", 0), 0U);

    const auto person = site.store().people().person(cycle.subjects().front().person).value().value();
    const auto file = std::find_if(files.begin(), files.end(), [&](const auto& each) {
        return each.name == person.name + " (" + person.email + ").html";
    });
    ASSERT_NE(file, files.end());
    EXPECT_TRUE(contains(file->content, person.name));
    EXPECT_FALSE(contains(file->content, "<script")) << "self-contained, and safe to open anywhere";
    EXPECT_TRUE(contains(files[1].content, "\r\n" + person.email + ",")) << "their figures are in the CSV";
    // The report shown on the site and the file agree on the opening summary.
    const auto page = admin.get(cycle_path(published, "reports/" + std::to_string(person.id.value()))).body;
    const auto summary_at = page.find("govuk-body-l");
    ASSERT_NE(summary_at, std::string::npos);
    const auto summary = page.substr(page.find('>', summary_at) + 1, 80);
    EXPECT_TRUE(contains(file->content, summary)) << summary;
}

TEST_F(ReportArchive, IsNotReadyBeforeTheCycleIsPublished) {
    const auto early = admin.get(cycle_path(open, "reports.zip"));
    EXPECT_EQ(early.status, 409);
    EXPECT_TRUE(contains(early.body, "once the cycle is published"));
    EXPECT_EQ(admin.get("/admin/cycles/999999/reports.zip").status, 404);
}

} // namespace
