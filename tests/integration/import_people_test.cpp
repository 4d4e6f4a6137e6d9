#include <gtest/gtest.h>

#include "app/people/export_people.hpp"
#include "app/people/import_people.hpp"
#include "support/scratch_database.hpp"

using namespace leadline;
using leadline::testing::Backend;

namespace {

const std::string header = "email,name,unit_path,grade,profession,region,manager_email\n";

class ImportPeople : public ::testing::TestWithParam<Backend> {
  protected:
    void SetUp() override {
        m_database = leadline::testing::ScratchDatabase::create(GetParam());
        LEADLINE_SKIP_WITHOUT(m_database);
        m_store = m_database->open();
    }

    domain::Result<app::ImportSummary> import(const std::string& csv) {
        return app::import_people(*m_store, csv);
    }
    std::size_t people() { return m_store->people().people().value().size(); }

    std::unique_ptr<leadline::testing::ScratchDatabase> m_database;
    std::unique_ptr<app::Store> m_store;
};

bool says(const domain::Error& error, const std::string& words) {
    return error.message.find(words) != std::string::npos;
}

} // namespace

TEST_P(ImportPeople, AddsPeopleWithUnitsAndManagersEvenWhenTheManagerComesLater) {
    auto summary =
        import(header + "sam@council.example,Sam Jones,Housing/Repairs,EO,Operational Delivery,Wales,"
                        "kim@council.example\n"
                        "kim@council.example,Kim Patel,Housing,G7,Policy,Wales,\n");
    ASSERT_TRUE(summary.has_value()) << summary.error().message;
    EXPECT_EQ(summary->added, 2U);
    auto sam = m_store->people().find_person("sam@council.example").value();
    auto kim = m_store->people().find_person("kim@council.example").value();
    ASSERT_TRUE(sam && kim);
    EXPECT_EQ(sam->line_manager, kim->id);
    EXPECT_EQ(m_store->people().units().value().size(), 2U);
}

TEST_P(ImportPeople, ImportingAgainUpdatesByEmail) {
    ASSERT_TRUE(import(header + "sam@council.example,Sam Jones,Housing,EO,Policy,Wales,\n"));
    auto summary = import(header + "SAM@council.example,Sam Jones-Smith,Finance,HEO,Finance,London,\n");
    ASSERT_TRUE(summary.has_value()) << summary.error().message;
    EXPECT_EQ(summary->updated, 1U);
    EXPECT_EQ(summary->added, 0U);
    EXPECT_EQ(people(), 1U);
    EXPECT_EQ(m_store->people().find_person("sam@council.example").value()->name, "Sam Jones-Smith");
}

TEST_P(ImportPeople, AnyBadLineMeansNothingIsWrittenAndEveryProblemIsListed) {
    auto refused = import(header + "good@council.example,Good,Housing,EO,Policy,Wales,\n"
                                   "not-an-email,Bad,Housing,EO,Policy,Wales,\n"
                                   "jo@council.example,,Housing,EO,Policy,Wales,\n"
                                   "al@council.example,Al,Housing//North,EO,Policy,Wales,\n");
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, domain::ErrorCode::InvalidInput);
    EXPECT_TRUE(says(refused.error(), "Nothing was imported"));
    EXPECT_TRUE(says(refused.error(), "line 3, column email")) << refused.error().message;
    EXPECT_TRUE(says(refused.error(), "line 4, column name"));
    EXPECT_TRUE(says(refused.error(), "line 5, column unit_path"));
    EXPECT_EQ(people(), 0U);
    EXPECT_TRUE(m_store->people().units().value().empty());
}

TEST_P(ImportPeople, RefusesAnUnknownManager) {
    auto refused = import(header + "sam@council.example,Sam,Housing,EO,Policy,Wales,ghost@council.example\n");
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(
        says(refused.error(), "line 2, column manager_email: ghost@council.example is not in this file"));
}

TEST_P(ImportPeople, AcceptsAManagerAlreadyInTheDirectory) {
    ASSERT_TRUE(import(header + "kim@council.example,Kim,Housing,G7,Policy,Wales,\n"));
    auto summary = import(header + "sam@council.example,Sam,Housing,EO,Policy,Wales,kim@council.example\n");
    ASSERT_TRUE(summary.has_value()) << summary.error().message;
    EXPECT_EQ(people(), 2U);
}

TEST_P(ImportPeople, RefusesAManagementLoopIncludingOneThroughTheDirectory) {
    auto refused = import(
        header + "a@x.example,A,Housing,EO,P,W,b@x.example\nb@x.example,B,Housing,EO,P,W,a@x.example\n");
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(says(refused.error(), "loop"));

    ASSERT_TRUE(import(
        header + "boss@x.example,Boss,Housing,G6,P,W,\nsam@x.example,Sam,Housing,EO,P,W,boss@x.example\n"));
    auto through_directory = import(header + "boss@x.example,Boss,Housing,G6,P,W,sam@x.example\n");
    ASSERT_FALSE(through_directory.has_value());
    EXPECT_TRUE(says(through_directory.error(), "loop"));
    EXPECT_FALSE(m_store->people().find_person("boss@x.example").value()->line_manager.has_value());
}

TEST_P(ImportPeople, RefusesADuplicateEmailNamingTheFirstLine) {
    auto refused =
        import(header + "sam@x.example,Sam,Housing,EO,P,W,\nSam@X.example,Sam again,Housing,EO,P,W,\n");
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(says(refused.error(), "line 3, column email: sam@x.example is already on line 2"));
}

TEST_P(ImportPeople, RefusesAHeaderWithMissingOrUnknownColumns) {
    auto refused = import("email,name,team\nsam@x.example,Sam,Housing\n");
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(says(refused.error(), "column team: unknown column"));
    EXPECT_TRUE(says(refused.error(), "column unit_path: this column is missing"));
}

TEST_P(ImportPeople, RefusesALineWithTheWrongNumberOfFields) {
    auto refused = import(header + "sam@x.example,Sam,Housing\n");
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(says(refused.error(), "line 2: expected 7 fields but found 3"));
}

TEST_P(ImportPeople, ReportsBrokenCsvQuoting) {
    auto refused = import(header + "sam@x.example,\"Sam,Housing,EO,P,W,\n");
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(says(refused.error(), "line 2, column 2: a quoted field is never closed"));
}

TEST_P(ImportPeople, AcceptsAByteOrderMarkQuotedCommasAndColumnsInAnyOrder) {
    auto summary = import("\xEF\xBB\xBFname,email,region,grade,profession,unit_path,manager_email\r\n"
                          "\"Jones, Siân\",sian@x.example,Wales,EO,Policy,Housing,\r\n");
    ASSERT_TRUE(summary.has_value()) << summary.error().message;
    EXPECT_EQ(m_store->people().find_person("sian@x.example").value()->name, "Jones, Siân");
}

TEST_P(ImportPeople, ExportWritesWhatImportReads) {
    const std::string csv = header +
                            "kim@x.example,\"Patel, Kim\",Housing,G7,Policy,Wales,\n"
                            "sam@x.example,Sam,Housing/Repairs/North,EO,Policy,Wales,kim@x.example\n";
    ASSERT_TRUE(import(csv));
    auto exported = app::export_people(*m_store).value();
    EXPECT_NE(exported.find("sam@x.example,Sam,Housing/Repairs/North,EO,Policy,Wales,kim@x.example"),
              std::string::npos);
    EXPECT_NE(exported.find("\"Patel, Kim\""), std::string::npos);
    auto again = import(exported);
    ASSERT_TRUE(again.has_value()) << again.error().message;
    EXPECT_EQ(again->updated, 2U);
    EXPECT_EQ(app::export_people(*m_store).value(), exported);
}

INSTANTIATE_TEST_SUITE_P(Backends, ImportPeople, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         leadline::testing::backend_test_name);
