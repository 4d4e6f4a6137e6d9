#include <gtest/gtest.h>

#include "app/development/learning_set_planning.hpp"
#include "app/people/import_people.hpp"
#include "support/scratch_database.hpp"
#include "support/short_search.hpp"

using namespace leadline;

namespace {

// A director, two managers who report to her, and their teams in two departments.
const std::string directory =
    "email,name,unit_path,grade,profession,region,manager_email\n"
    "dee@council.example,Dee Director,Housing,SCS1,Policy,Wales,\n"
    "max@council.example,Max Manager,Housing/Repairs,G7,Surveying,Wales,dee@council.example\n"
    "rae@council.example,Rae Repairs,Housing/Repairs,EO,Surveying,Wales,max@council.example\n"
    "mia@council.example,Mia Manager,Finance/Audit,G7,Finance,North,dee@council.example\n"
    "ann@council.example,Ann Audit,Finance/Audit,HEO,Finance,North,mia@council.example\n"
    "ola@council.example,Ola Other,Finance/Payroll,HEO,Finance,London,\n";

class LearningSetPlanning : public ::testing::Test {
  protected:
    void SetUp() override {
        m_database = leadline::testing::ScratchDatabase::create(leadline::testing::Backend::Sqlite);
        m_store = m_database->open();
        ASSERT_TRUE(app::import_people(*m_store, directory, app::MissingPeople::Stay, 0));
    }
    // The director, two people in her line, and Ola, who is outside it.
    domain::Result<app::SetCandidates> director_rae_ann_and_ola() {
        return app::candidates_from_list(*m_store, "email\ndee@council.example\nrae@council.example\n"
                                                   "ann@council.example\nola@council.example\n");
    }

    std::unique_ptr<leadline::testing::ScratchDatabase> m_database;
    std::unique_ptr<app::Store> m_store;
};

} // namespace

TEST_F(LearningSetPlanning, ListedPeopleComeWithTheirUnitsAndWholeLineChain) {
    const auto candidates = app::candidates_from_list(*m_store, "name,email,equality\n"
                                                                "Rae,RAE@council.example,Woman\n"
                                                                "Ola, ola@council.example ,\n");
    ASSERT_TRUE(candidates) << candidates.error().message;
    ASSERT_EQ(candidates->participants.size(), 2U);
    const auto& rae = candidates->participants[0];
    EXPECT_EQ(rae.email, "rae@council.example");
    EXPECT_EQ(rae.unit_path, (std::vector<std::string>{"Housing", "Repairs"}));
    EXPECT_EQ(rae.line_chain, (std::vector<std::string>{"max@council.example", "dee@council.example"}));
    EXPECT_EQ(rae.equality, "Woman");
    EXPECT_EQ(candidates->participants[1].region, "London");
}

TEST_F(LearningSetPlanning, ADirectorIsNeverInASetWithAnyoneInTheirLineChain) {
    const auto candidates = director_rae_ann_and_ola();
    ASSERT_TRUE(candidates);
    // Two sets of two: the director can only be with Ola, the one person outside her line.
    const auto plan = domain::form_learning_sets(candidates->participants, {2, 2}, {},
                                                 leadline::testing::short_search(1, 3));
    ASSERT_TRUE(plan) << plan.error().message;
    for (const auto& set : plan->sets) {
        if (candidates->participants[set.members[0]].email == "dee@council.example") {
            EXPECT_EQ(candidates->participants[set.members[1]].email, "ola@council.example");
        }
    }
    const auto csv = app::learning_sets_csv(*candidates, *plan);
    EXPECT_EQ(csv.substr(0, csv.find('\n')), "set,why_diverse,email,name,unit_path,profession,grade,region");
    EXPECT_NE(
        csv.find("1,\"2 departments, 2 teams, 2 professions, 2 grades, 2 regions\",dee@council.example"),
        std::string::npos)
        << csv;
}

TEST_F(LearningSetPlanning, ProblemsInTheFilesNameTheirLineAndColumn) {
    const auto unknown =
        app::candidates_from_list(*m_store, "email\nrae@council.example\nnobody@council.example\n"
                                            "rae@council.example\n");
    ASSERT_FALSE(unknown);
    EXPECT_EQ(
        unknown.error().message,
        "No sets were formed. Fix these problems and run it again:\n"
        "line 3, column email: nobody@council.example is not in the people directory; import them first\n"
        "line 4, column email: rae@council.example is already on line 2\n");
    EXPECT_NE(app::candidates_from_list(*m_store, "name\nRae\n")
                  .error()
                  .message.find("line 1, column email: this column is missing from the header"),
              std::string::npos);
    const auto apart = app::read_keep_apart("email,other_email\nrae@council.example,not-an-address\n");
    ASSERT_FALSE(apart);
    EXPECT_NE(apart.error().message.find("line 2, column other_email:"), std::string::npos)
        << apart.error().message;
}

TEST_F(LearningSetPlanning, SavedSetsComeBackWithTheirPeopleAsTheDirectoryNowDescribesThem) {
    const auto candidates = director_rae_ann_and_ola();
    ASSERT_TRUE(candidates);
    const auto plan = domain::form_learning_sets(candidates->participants, {2, 2}, {},
                                                 leadline::testing::short_search(1, 3))
                          .value();
    struct FixedClock final : app::Clock {
        [[nodiscard]] std::int64_t now_seconds() const override { return 1'790'000'000; }
    } clock;
    EXPECT_FALSE(app::save_learning_sets(*m_store, clock, "  ", std::nullopt, *candidates, plan));
    const auto id =
        app::save_learning_sets(*m_store, clock, "Pilot", std::nullopt, *candidates, plan).value();
    // Ola moves to another region after the sets were saved: the saved sets show where she is now.
    ASSERT_TRUE(app::import_people(*m_store,
                                   "email,name,unit_path,grade,profession,region,manager_email\n"
                                   "ola@council.example,Ola Other,Finance/Payroll,HEO,Finance,Wales,\n",
                                   app::MissingPeople::Stay, 0));
    const auto loaded = app::load_learning_sets(*m_store, id).value();
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->saved.name, "Pilot");
    EXPECT_EQ(loaded->saved.created_at, 1'790'000'000);
    ASSERT_EQ(loaded->plan.sets.size(), 2U);
    const auto csv = app::learning_sets_csv(loaded->candidates, loaded->plan);
    EXPECT_NE(csv.find("ola@council.example,Ola Other,Finance/Payroll,Finance,HEO,Wales"), std::string::npos)
        << csv;
    EXPECT_EQ(csv.find("London"), std::string::npos) << csv;
    EXPECT_FALSE(app::load_learning_sets(*m_store, id + 1).value());
}
