// The values an organisation records for each protected characteristic, set in the browser: the
// defaults until saved, problems kept as typed, and people files checked against what was saved.
#include <gtest/gtest.h>

#include "app/people/import_people.hpp"
#include "support/admin_pages.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::contains;

namespace {

class EqualityPage : public leadline::testing::AdminCyclePages {
  protected:
    web::Response save(const std::string& sex, const std::string& working_pattern) {
        return admin.submit("/admin/equality", "/admin/equality",
                            {{"sex", sex},
                             {"ethnicity", ""},
                             {"disability", ""},
                             {"age_band", ""},
                             {"working_pattern", working_pattern}});
    }
};

} // namespace

TEST_F(EqualityPage, TheDefaultsAreShownUntilTheOrganisationSavesItsOwn) {
    const auto form = admin.get("/admin/equality");
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "Female\nMale\nPrefer not to say\n"));
    EXPECT_TRUE(contains(form.body, "Column <code>working_pattern</code>"));
}

TEST_F(EqualityPage, ARepeatedValueIsShownBesideWhatWasTypedAndNothingIsSaved) {
    const auto refused = save("Woman\nMan\nwoman\n", "Full time");
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "Sex: &quot;woman&quot; is listed twice"));
    EXPECT_TRUE(contains(refused.body, "Woman\nMan\nwoman\n")) << "what was typed is kept";
    EXPECT_TRUE(contains(refused.body, "href=\"#sex\""));
    EXPECT_FALSE(site.store().equality().equality_categories().value()) << "nothing saved";
}

TEST_F(EqualityPage, SavedValuesAreWhatPeopleFilesAreCheckedAgainst) {
    const auto saved = save("Woman\nMan\nIn another way\n", "Full time\nPart time\n");
    ASSERT_EQ(saved.status, 303);
    const auto page = admin.get(*saved.header("Location")).body;
    EXPECT_TRUE(contains(page, "The values are saved"));
    EXPECT_TRUE(contains(page, "Woman\nMan\nIn another way\n"));

    const std::string header = "email,name,unit_path,grade,profession,region,manager_email,sex,disability\n";
    const auto refused = app::plan_people_import(
        site.store(), header + "new.starter@council.example,New Starter,Housing,EO,Policy,Wales,,Female,\n",
        app::MissingPeople::Stay);
    ASSERT_TRUE(refused.has_value());
    ASSERT_EQ(refused->problems.size(), 1U);
    EXPECT_EQ(refused->problems[0].column, "sex");
    EXPECT_NE(refused->problems[0].message.find("(Woman; Man; In another way)"), std::string::npos);

    const auto accepted = app::plan_people_import(
        site.store(),
        header + "new.starter@council.example,New Starter,Housing,EO,Policy,Wales,,in another way,\n",
        app::MissingPeople::Stay);
    ASSERT_TRUE(accepted.has_value());
    EXPECT_TRUE(accepted->problems.empty());
}
