#include <gtest/gtest.h>

#include "app/people/equality_settings.hpp"
#include "app/people/import_people.hpp"
#include "support/scratch_database.hpp"

using namespace leadline;
using domain::EqualityField;
using leadline::testing::Backend;

namespace {

const std::string header = "email,name,unit_path,grade,profession,region,manager_email";

class EqualityImport : public ::testing::TestWithParam<Backend> {
  protected:
    void SetUp() override {
        m_database = leadline::testing::ScratchDatabase::create(GetParam());
        LEADLINE_SKIP_WITHOUT(m_database);
        m_store = m_database->open();
    }

    domain::Result<app::PeopleImportPlan> import(const std::string& csv) {
        return app::import_people(*m_store, csv, app::MissingPeople::Stay, 1'790'000'000);
    }
    domain::EqualityRecord recorded(const std::string& email) {
        const auto person = m_store->people().find_person(email).value();
        const auto records = m_store->equality().equality_records().value();
        const auto found = records.find(person->id.value());
        return found == records.end() ? domain::EqualityRecord{} : found->second;
    }

    std::unique_ptr<leadline::testing::ScratchDatabase> m_database;
    std::unique_ptr<app::Store> m_store;
};

} // namespace

TEST_P(EqualityImport, ValuesAreKeptAsTheOrganisationSpellsThemAndBlanksAreNotRecorded) {
    auto done = import(header + ",sex,age_band,working_pattern\n"
                                "sam@council.example,Sam Jones,Housing,EO,Policy,Wales,,female, 35-44 ,\n"
                                "kim@council.example,Kim Patel,Housing,G7,Policy,Wales,,Male,,Part-time\n");
    ASSERT_TRUE(done.has_value()) << done.error().message;
    EXPECT_EQ(recorded("sam@council.example"),
              (domain::EqualityRecord{{EqualityField::Sex, "Female"}, {EqualityField::AgeBand, "35-44"}}));
    EXPECT_EQ(
        recorded("kim@council.example"),
        (domain::EqualityRecord{{EqualityField::Sex, "Male"}, {EqualityField::WorkingPattern, "Part-time"}}));
}

TEST_P(EqualityImport, AValueTheOrganisationHasNotDefinedIsListedByLineAndColumnAndNothingIsWritten) {
    auto refused = import(header + ",sex,ethnicity\n"
                                   "sam@council.example,Sam Jones,Housing,EO,Policy,Wales,,Female,White\n"
                                   "kim@council.example,Kim Patel,Housing,G7,Policy,Wales,,Femail,Whte\n");
    ASSERT_FALSE(refused.has_value());
    EXPECT_NE(refused.error().message.find("Nothing was imported"), std::string::npos);
    const auto plan = app::plan_people_import(
                          *m_store,
                          header + ",sex,ethnicity\n"
                                   "sam@council.example,Sam Jones,Housing,EO,Policy,Wales,,Female,White\n"
                                   "kim@council.example,Kim Patel,Housing,G7,Policy,Wales,,Femail,Whte\n",
                          app::MissingPeople::Stay)
                          .value();
    ASSERT_EQ(plan.problems.size(), 2U);
    EXPECT_EQ(plan.problems[0].line, 3U);
    EXPECT_EQ(plan.problems[0].column, "sex");
    EXPECT_NE(plan.problems[0].message.find("\"Femail\" is not one of the organisation's values"),
              std::string::npos);
    EXPECT_NE(plan.problems[0].message.find("Female; Male; Prefer not to say"), std::string::npos);
    EXPECT_EQ(plan.problems[1].line, 3U);
    EXPECT_EQ(plan.problems[1].column, "ethnicity");
    EXPECT_TRUE(m_store->people().people().value().empty());
    EXPECT_TRUE(m_store->equality().equality_records().value().empty());
}

TEST_P(EqualityImport, TheOrganisationsOwnValuesReplaceTheDefaults) {
    domain::EqualityCategories own;
    own.values[EqualityField::WorkingPattern] = {"Full time", "Part time", "Annualised hours"};
    ASSERT_TRUE(m_store->equality().save_equality_categories(own));
    EXPECT_EQ(app::equality_categories_in_use(*m_store).value().values, own.values);

    auto refused = import(header + ",sex\nsam@council.example,Sam Jones,Housing,EO,Policy,Wales,,Female\n");
    ASSERT_FALSE(refused.has_value());
    EXPECT_NE(refused.error().message.find("the organisation does not record this"), std::string::npos);

    auto done =
        import(header +
               ",working_pattern\nsam@council.example,Sam Jones,Housing,EO,Policy,Wales,,annualised HOURS\n");
    ASSERT_TRUE(done.has_value()) << done.error().message;
    EXPECT_EQ(recorded("sam@council.example"),
              (domain::EqualityRecord{{EqualityField::WorkingPattern, "Annualised hours"}}));
}

TEST_P(EqualityImport, AChangeIsListedWithoutItsValueAndALeftOutColumnKeepsWhatWasRecorded) {
    ASSERT_TRUE(
        import(header +
               ",sex,disability\nsam@council.example,Sam Jones,Housing,EO,Policy,Wales,,Female,Disabled\n"));

    const auto changed =
        import(header + ",sex\nsam@council.example,Sam Jones,Housing,EO,Policy,Wales,,Male\n");
    ASSERT_TRUE(changed.has_value()) << changed.error().message;
    ASSERT_EQ(changed->changing.size(), 1U);
    EXPECT_EQ(changed->changing[0].differences, (std::vector<std::string>{"Sex: changed"}));
    EXPECT_EQ(
        recorded("sam@council.example"),
        (domain::EqualityRecord{{EqualityField::Sex, "Male"}, {EqualityField::Disability, "Disabled"}}));

    const auto same = import(header + "\nsam@council.example,Sam Jones,Housing,EO,Policy,Wales,\n");
    ASSERT_TRUE(same.has_value()) << same.error().message;
    EXPECT_EQ(same->unchanged, 1U);
    EXPECT_EQ(recorded("sam@council.example").size(), 2U);

    const auto cleared = import(header + ",sex\nsam@council.example,Sam Jones,Housing,EO,Policy,Wales,,\n");
    ASSERT_TRUE(cleared.has_value()) << cleared.error().message;
    EXPECT_EQ(recorded("sam@council.example"),
              (domain::EqualityRecord{{EqualityField::Disability, "Disabled"}}));
}

TEST_P(EqualityImport, ErasingAPersonErasesWhatWasRecordedAboutThem) {
    ASSERT_TRUE(import(header + ",sex\nsam@council.example,Sam Jones,Housing,EO,Policy,Wales,,Female\n"));
    const auto sam = m_store->people().find_person("sam@council.example").value()->id;
    ASSERT_TRUE(m_store->in_transaction(
        [&] { return m_store->people().erase_person(sam, "erased-1@erased.invalid"); }));
    EXPECT_TRUE(m_store->equality().equality_records().value().empty());
}

TEST_P(EqualityImport, AnOrganisationThatRecordsNothingIsNotGivenTheDefaultsBack) {
    ASSERT_TRUE(m_store->equality().save_equality_categories({}));
    EXPECT_TRUE(app::equality_categories_in_use(*m_store).value().values.empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, EqualityImport, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         leadline::testing::backend_test_name);
