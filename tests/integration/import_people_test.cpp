#include <gtest/gtest.h>

#include "app/accounts/accounts.hpp"
#include "app/people/export_people.hpp"
#include "app/people/import_people.hpp"
#include "support/scratch_database.hpp"
#include "support/settable_clock.hpp"

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

    domain::Result<app::PeopleImportPlan> import(const std::string& csv,
                                                 app::MissingPeople missing = app::MissingPeople::Stay) {
        return app::import_people(*m_store, csv, missing, now);
    }
    app::PeopleImportPlan plan(const std::string& csv,
                               app::MissingPeople missing = app::MissingPeople::Stay) {
        return app::plan_people_import(*m_store, csv, missing).value();
    }
    static constexpr std::int64_t now = 1'790'000'000;
    leadline::testing::SettableClock clock;
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
    EXPECT_EQ(summary->joining.size(), 2U);
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
    ASSERT_EQ(summary->changing.size(), 1U);
    EXPECT_EQ(summary->joining.size(), 0U);
    EXPECT_EQ(summary->changing[0].differences,
              (std::vector<std::string>{"name: Sam Jones-Smith, was Sam Jones", "unit: Finance, was Housing",
                                        "grade: HEO, was EO", "profession: Finance, was Policy",
                                        "region: London, was Wales"}));
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
    EXPECT_EQ(again->unchanged, 2U);
    EXPECT_FALSE(again->changes_anything());
    EXPECT_EQ(app::export_people(*m_store).value(), exported);
}

TEST_P(ImportPeople, APlanListsEveryProblemWithItsLineAndColumnAndWritesNothing) {
    const auto checked = plan(header + "good@x.example,Good,Housing,EO,P,W,\n"
                                       "not-an-email,Bad,Housing,EO,P,W,\n"
                                       "jo@x.example,,Housing,EO,P,W,\n");
    ASSERT_EQ(checked.problems.size(), 2U);
    EXPECT_EQ(checked.problems[0].line, 3U);
    EXPECT_EQ(checked.problems[0].column, "email");
    EXPECT_EQ(checked.problems[1].line, 4U);
    EXPECT_EQ(checked.problems[1].column, "name");
    EXPECT_FALSE(checked.applicable());
    EXPECT_EQ(people(), 0U);
}

TEST_P(ImportPeople, APlanSaysWhoJoinsWhoChangesAndHowWithoutWriting) {
    ASSERT_TRUE(import(header + "kim@x.example,Kim,Housing,G7,P,W,\nsam@x.example,Sam,Housing,EO,P,W,\n"));
    const auto checked = plan(header + "kim@x.example,Kim,Housing,G7,P,W,\n"
                                       "sam@x.example,Sam,Housing/Repairs,EO,P,W,kim@x.example\n"
                                       "new@x.example,New Starter,Housing,EO,P,W,kim@x.example\n");
    ASSERT_TRUE(checked.applicable());
    ASSERT_EQ(checked.joining.size(), 1U);
    EXPECT_EQ(checked.joining[0].name, "New Starter");
    ASSERT_EQ(checked.changing.size(), 1U);
    EXPECT_EQ(checked.changing[0].differences,
              (std::vector<std::string>{"unit: Housing/Repairs, was Housing",
                                        "line manager: kim@x.example, was (none)"}));
    EXPECT_EQ(checked.unchanged, 1U);
    EXPECT_TRUE(checked.leaving.empty());
    EXPECT_EQ(people(), 2U);
    EXPECT_FALSE(m_store->people().find_person("sam@x.example").value()->line_manager.has_value());
}

TEST_P(ImportPeople, AFileOfEveryoneMarksThoseMissingAsLeaversWhoKeepTheirRecordButLoseTheirAccount) {
    ASSERT_TRUE(import(header + "kim@x.example,Kim,Housing,G7,P,W,\nsam@x.example,Sam,Housing,EO,P,W,\n"));
    app::Accounts accounts(*m_store, clock);
    ASSERT_TRUE(accounts.add_user("sam@x.example", domain::Role::Participant));
    const auto link = accounts.issue_link("sam@x.example").value();

    const std::string only_kim = header + "kim@x.example,Kim,Housing,G7,P,W,\n";
    EXPECT_TRUE(plan(only_kim).leaving.empty()) << "a partial file leaves everyone else alone";
    const auto checked = plan(only_kim, app::MissingPeople::Leave);
    ASSERT_EQ(checked.leaving.size(), 1U);
    EXPECT_EQ(checked.leaving[0].email, "sam@x.example");

    auto done = import(only_kim, app::MissingPeople::Leave);
    ASSERT_TRUE(done.has_value()) << done.error().message;
    const auto sam = m_store->people().find_person("sam@x.example").value();
    ASSERT_TRUE(sam.has_value()) << "a leaver stays in the directory, for the history of past cycles";
    EXPECT_EQ(sam->left_at, now);
    EXPECT_TRUE(m_store->people().search_people("sam", 10).value().empty()) << "nobody can pick a leaver";
    const auto account = m_store->accounts().find_user_by_email("sam@x.example").value();
    ASSERT_TRUE(account.has_value());
    EXPECT_FALSE(account->user.active());
    EXPECT_FALSE(accounts.user_for_link(link.token).value().has_value()) << "their sign-in link is dead";
    EXPECT_EQ(app::export_people(*m_store).value().find("sam@x.example"), std::string::npos);

    const auto back = plan(header + "kim@x.example,Kim,Housing,G7,P,W,\nsam@x.example,Sam,Housing,EO,P,W,\n",
                           app::MissingPeople::Leave);
    ASSERT_EQ(back.returning.size(), 1U);
    EXPECT_TRUE(back.leaving.empty()) << "someone who has left does not leave again";
}

TEST_P(ImportPeople, RefusesAManagerWhoWouldLeaveOrHasLeft) {
    ASSERT_TRUE(import(header + "kim@x.example,Kim,Housing,G7,P,W,\nsam@x.example,Sam,Housing,EO,P,W,\n"));
    const auto would_leave =
        plan(header + "sam@x.example,Sam,Housing,EO,P,W,kim@x.example\n", app::MissingPeople::Leave);
    ASSERT_EQ(would_leave.problems.size(), 1U);
    EXPECT_EQ(would_leave.problems[0].line, 2U);
    EXPECT_NE(would_leave.problems[0].message.find("would be marked as having left"), std::string::npos);

    ASSERT_TRUE(import(header + "sam@x.example,Sam,Housing,EO,P,W,\n", app::MissingPeople::Leave));
    const auto has_left = plan(header + "sam@x.example,Sam,Housing,EO,P,W,kim@x.example\n");
    ASSERT_EQ(has_left.problems.size(), 1U);
    EXPECT_NE(has_left.problems[0].message.find("kim@x.example has left"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Backends, ImportPeople, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         leadline::testing::backend_test_name);
