#include <set>

#include <gtest/gtest.h>

#include "app/people/import_people.hpp"
#include "app/talent/talent_pools.hpp"
#include "app/talent/talent_reviews.hpp"
#include "support/scratch_database.hpp"
#include "support/shipped_frameworks.hpp"

using namespace leadline;
using domain::Band;
using domain::Box;
using domain::ErrorCode;
using leadline::testing::Backend;

namespace {

// Kim manages Sam, Ola and Lee in Housing/Repairs; Pat (Finance) manages Jo. Ray has left Housing.
const std::string people =
    "email,name,unit_path,grade,profession,region,manager_email,sex\n"
    "kim@council.example,Kim Patel,Housing,G7,Policy,Wales,,Female\n"
    "sam@council.example,Sam Jones,Housing/Repairs,EO,Policy,Wales,kim@council.example,Male\n"
    "ola@council.example,Ola Ade,Housing/Repairs,EO,Policy,Wales,kim@council.example,Female\n"
    "lee@council.example,Lee Wong,Housing/Repairs,HEO,Policy,Wales,kim@council.example,\n"
    "pat@council.example,Pat Green,Finance,G7,Finance,Wales,,Male\n"
    "jo@council.example,Jo Black,Finance,EO,Finance,Wales,pat@council.example,Female\n";

const std::string evidence = "Ran the repairs backlog project and cleared 400 jobs in a quarter.";

std::vector<domain::IndicatorRating> ratings(int performance, int purpose, int values) {
    return {{domain::AttributeId("performance"), performance, evidence},
            {domain::AttributeId("purpose"), purpose, evidence},
            {domain::AttributeId("values"), values, evidence}};
}

domain::Placement box(Band performance, Band potential) {
    return domain::placed_in(Box{performance, potential});
}

class TalentReviewStore : public ::testing::TestWithParam<Backend> {
  protected:
    void SetUp() override {
        m_database = leadline::testing::ScratchDatabase::create(GetParam());
        LEADLINE_SKIP_WITHOUT(m_database);
        m_store = m_database->open();
        ASSERT_TRUE(app::import_people(*m_store, people, app::MissingPeople::Stay, 1'790'000'000));
    }
    domain::PersonId id(const std::string& name) {
        return m_store->people().find_person(name + "@council.example").value()->id;
    }
    const app::LoadedFramework& framework() {
        return leadline::testing::shipped_framework("indicators-of-potential");
    }
    std::int64_t start(app::PopulationChoice population) {
        return app::start_talent_review(*m_store, framework(),
                                        {"Housing talent review 2026", std::move(population), 2}, now)
            .value();
    }
    app::ReviewMember member(std::int64_t review, domain::PersonId person) {
        const auto members = m_store->talent_reviews().members(review).value();
        for (const auto& each : members) {
            if (each.person == person) {
                return each;
            }
        }
        ADD_FAILURE() << "not in the review";
        return {};
    }
    static constexpr std::int64_t now = 1'795'000'000;

    std::unique_ptr<leadline::testing::ScratchDatabase> m_database;
    std::unique_ptr<app::Store> m_store;
};

} // namespace

TEST_P(TalentReviewStore, AUnitsReviewHoldsItsPeopleAndTheUnitsWithinItWithTheirLineManagers) {
    const auto housing = m_store->people().find_person("kim@council.example").value()->unit;
    const auto review = start({app::PopulationKind::Unit, housing.value(), ""});
    const auto stored = m_store->talent_reviews().review(review).value();
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->population, "Housing and the units within it");
    EXPECT_EQ(stored->stage, app::TalentReviewStage::Assessing);
    const auto members = m_store->talent_reviews().members(review).value();
    ASSERT_EQ(members.size(), 4U) << "Kim, Sam, Ola and Lee; not Finance";
    EXPECT_EQ(member(review, id("sam")).line_manager, id("kim"));
    EXPECT_EQ(member(review, id("sam")).now.status, domain::PlacementStatus::NotPlaced);
    EXPECT_TRUE(m_store->frameworks()
                    .framework_text("indicators-of-potential", framework().framework.version)
                    .value());

    const auto by_grade = start({app::PopulationKind::Grade, 0, " g7 "});
    EXPECT_EQ(m_store->talent_reviews().members(by_grade).value().size(), 2U) << "Kim and Pat";
}

TEST_P(TalentReviewStore, AFrameworkNotForTalentReviewsOrAnEmptyPopulationIsRefused) {
    const auto& feedback = leadline::testing::shipped_framework("leadership-in-action");
    const auto wrong = app::start_talent_review(*m_store, feedback, {"Review", {}, 5}, now);
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, ErrorCode::InvalidInput);
    const auto nobody = app::start_talent_review(*m_store, framework(),
                                                 {"Review", {app::PopulationKind::Grade, 0, "SCS3"}, 5}, now);
    ASSERT_FALSE(nobody);
    EXPECT_NE(nobody.error().message.find("Everyone on grade SCS3 is nobody at present"), std::string::npos);
    EXPECT_TRUE(m_store->talent_reviews().reviews().value().empty());
}

TEST_P(TalentReviewStore, OnlyTheLineManagerOrThePersonAssessAndALevelNeedsEvidence) {
    const auto review = start({});
    const auto& indicators = framework().framework;
    ASSERT_TRUE(app::save_talent_assessment(*m_store, indicators, review, id("sam"), id("kim"),
                                            ratings(3, 3, 4), now));
    auto thin = ratings(2, 2, 2);
    thin[1].evidence = "";
    const auto refused =
        app::save_talent_assessment(*m_store, indicators, review, id("ola"), id("kim"), thin, now);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_NE(refused.error().message.find("Write the evidence for your rating of Purpose"),
              std::string::npos);

    const auto peer = app::save_talent_assessment(*m_store, indicators, review, id("sam"), id("ola"),
                                                  ratings(1, 1, 1), now);
    ASSERT_FALSE(peer);
    EXPECT_EQ(peer.error().code, ErrorCode::NotFound) << "a peer cannot assess, and learns nothing";
    ASSERT_TRUE(app::save_talent_assessment(*m_store, indicators, review, id("sam"), id("sam"),
                                            ratings(4, 4, 4), now));

    const auto stored = m_store->talent_reviews().assessments(review).value();
    ASSERT_EQ(stored.size(), 2U);
    EXPECT_EQ(stored[0].assessor, std::min(id("kim"), id("sam")));
    for (const auto& assessment : stored) {
        EXPECT_EQ(assessment.role, assessment.assessor == id("sam") ? domain::AssessorRole::Self
                                                                    : domain::AssessorRole::LineManager);
        ASSERT_EQ(assessment.ratings.size(), 3U);
        EXPECT_EQ(assessment.ratings[0].evidence, evidence);
    }

    // Saved again: replaced, not added to.
    ASSERT_TRUE(app::save_talent_assessment(*m_store, indicators, review, id("sam"), id("kim"),
                                            ratings(2, 2, 2), now));
    EXPECT_EQ(m_store->talent_reviews().assessments(review).value().size(), 2U);
}

TEST_P(TalentReviewStore, AMoveNeedsCalibrationAndAReasonAndASecondReviewerOnAStalePlacementIsTold) {
    const auto review = start({});
    ASSERT_TRUE(
        app::propose_talent_placement(*m_store, review, id("sam"), id("kim"), box(Band::High, Band::High)));
    const auto proposed = member(review, id("sam"));
    domain::MoveRequest move{id("sam"), box(Band::Moderate, Band::High),
                             "Most of the evidence is one project.", id("pat"), proposed.revision};
    const auto too_early = app::move_talent_placement(*m_store, review, move, now);
    ASSERT_FALSE(too_early);
    EXPECT_EQ(too_early.error().code, ErrorCode::FailedPrecondition);

    ASSERT_TRUE(m_store->talent_reviews().set_stage(review, app::TalentReviewStage::Calibrating));
    auto no_reason = move;
    no_reason.reason = " ";
    EXPECT_FALSE(app::move_talent_placement(*m_store, review, no_reason, now));
    ASSERT_TRUE(app::move_talent_placement(*m_store, review, move, now));

    // A second reviewer who opened the page before that move tries to move Sam too.
    auto late = move;
    late.to = box(Band::High, Band::Moderate);
    late.proposed_by = id("kim");
    const auto conflict = app::move_talent_placement(*m_store, review, late, now + 60);
    ASSERT_FALSE(conflict);
    EXPECT_EQ(conflict.error().code, ErrorCode::Conflict);
    EXPECT_NE(conflict.error().message.find("it is now Moderate performance, high potential"),
              std::string::npos);
    EXPECT_EQ(member(review, id("sam")).now, box(Band::Moderate, Band::High)) << "the first move stands";
    EXPECT_EQ(member(review, id("sam")).proposed, box(Band::High, Band::High)) << "the proposal is kept";

    const auto moves = m_store->talent_reviews().moves(review).value();
    ASSERT_EQ(moves.size(), 1U);
    EXPECT_EQ(moves[0].from, box(Band::High, Band::High));
    EXPECT_EQ(moves[0].reason, "Most of the evidence is one project.");
    EXPECT_EQ(moves[0].proposed_by, id("pat"));

    const auto assessing =
        app::propose_talent_placement(*m_store, review, id("ola"), id("kim"), box(Band::Low, Band::Low));
    ASSERT_FALSE(assessing);
    EXPECT_EQ(assessing.error().code, ErrorCode::FailedPrecondition);
}

TEST_P(TalentReviewStore, FairnessAndDriftAreCountedFromThePlacements) {
    const auto review = start({});
    // Kim's people: Sam (male) high/high; Ola (female) high/high, moved down in the meeting; Lee (not
    // recorded) moderate. Pat's: Jo (female) moderate/high. Kim and Pat are not placed.
    const auto top = box(Band::High, Band::High);
    ASSERT_TRUE(app::propose_talent_placement(*m_store, review, id("sam"), id("kim"), top));
    ASSERT_TRUE(app::propose_talent_placement(*m_store, review, id("ola"), id("kim"), top));
    ASSERT_TRUE(app::propose_talent_placement(*m_store, review, id("lee"), id("kim"),
                                              box(Band::Moderate, Band::Moderate)));
    ASSERT_TRUE(app::propose_talent_placement(*m_store, review, id("jo"), id("pat"),
                                              box(Band::Moderate, Band::High)));
    ASSERT_TRUE(m_store->talent_reviews().set_stage(review, app::TalentReviewStage::Calibrating));
    ASSERT_TRUE(app::move_talent_placement(*m_store, review,
                                           {id("ola"), box(Band::Moderate, Band::Moderate),
                                            "The meeting read the evidence as one good year.", id("pat"),
                                            member(review, id("ola")).revision},
                                           now));

    const auto fairness = app::talent_fairness(*m_store, review).value();
    ASSERT_EQ(fairness.size(), 5U) << "every characteristic the defaults record";
    const auto& by_sex = fairness[0];
    EXPECT_EQ(by_sex.field, domain::EqualityField::Sex);
    // Placed: Sam (male, top), Ola (female, middle), Jo (female, top), Lee (not recorded, middle).
    EXPECT_EQ(by_sex.top_boxes.people, 4);
    EXPECT_EQ(by_sex.top_boxes.with_outcome, 2);
    EXPECT_EQ(by_sex.moved_down.with_outcome, 1);
    ASSERT_FALSE(by_sex.top_boxes.groups.empty());
    EXPECT_EQ(by_sex.top_boxes.groups[0].group, "Female");
    EXPECT_EQ(by_sex.top_boxes.groups[0].people, 2);
    EXPECT_EQ(by_sex.top_boxes.groups[0].reading, domain::FairnessReading::NoComparison)
        << "with a minimum of 2, the one man and the one person with nothing recorded are hidden together, "
           "so the women have nobody shown to be compared with";

    const auto drift = app::talent_drift(*m_store, review).value();
    ASSERT_EQ(drift.size(), 4U) << "Kim, Pat, nobody (for Kim and Pat themselves), and everyone";
    const auto kims = std::find_if(drift.begin(), drift.end(),
                                   [&](const auto& each) { return each.reviewer == id("kim"); });
    ASSERT_NE(kims, drift.end());
    EXPECT_EQ(kims->moved_down, 1);
    EXPECT_EQ(kims->towards_middle, 1);
    EXPECT_NEAR(kims->middle_share_after(), 2.0 / 3.0, 1e-12);
}

TEST_P(TalentReviewStore, ViewsAreReplacedAndErasingAPersonTakesThemOutOfTheReview) {
    const auto review = start({});
    ASSERT_TRUE(m_store->talent_reviews().save_view(review, {id("pat"), id("sam"), true, ""}, now));
    ASSERT_TRUE(m_store->talent_reviews().save_view(
        review, {id("pat"), id("sam"), false, "One project only."}, now + 1));
    const auto views = m_store->talent_reviews().views(review).value();
    ASSERT_EQ(views.size(), 1U);
    EXPECT_FALSE(views[0].agrees);

    ASSERT_TRUE(app::save_talent_assessment(*m_store, framework().framework, review, id("sam"), id("kim"),
                                            ratings(3, 3, 3), now));
    ASSERT_TRUE(m_store->in_transaction(
        [&] { return m_store->people().erase_person(id("sam"), "erased-1@erased.invalid"); }));
    EXPECT_EQ(m_store->talent_reviews().members(review).value().size(), 5U);
    EXPECT_TRUE(m_store->talent_reviews().assessments(review).value().empty());
    EXPECT_TRUE(m_store->talent_reviews().views(review).value().empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, TalentReviewStore, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         leadline::testing::backend_test_name);

TEST_P(TalentReviewStore, OnePersonIsReadByTheirIdAndSomeoneOutsideTheReviewIsNotThere) {
    const auto housing = m_store->people().find_person("kim@council.example").value()->unit;
    const auto review = start({app::PopulationKind::Unit, housing.value(), ""});
    const auto sam = m_store->talent_reviews().member(review, id("sam")).value();
    ASSERT_TRUE(sam);
    EXPECT_EQ(sam->line_manager, id("kim"));
    EXPECT_FALSE(m_store->talent_reviews().member(review, id("pat")).value()) << "Finance is not in it";
}

TEST_P(TalentReviewStore, AReviewerSeesNeitherThemselvesNorTheirPeersNorTheirOwnManager) {
    // Max joins, managed by Sam, so that Sam reviews someone and has a manager (Kim) and peers (Ola, Lee).
    ASSERT_TRUE(app::import_people(
        *m_store,
        "email,name,unit_path,grade,profession,region,manager_email\n"
        "max@council.example,Max Roe,Housing/Repairs,EO,Policy,Wales,sam@council.example\n",
        app::MissingPeople::Stay, 1'790'000'100));
    const auto review = start({});
    const auto names = [&](domain::PersonId reviewer) {
        std::set<std::int64_t> seen;
        const auto population = app::reviewer_population(*m_store, review, reviewer).value();
        for (const auto& member : population) {
            seen.insert(member.person.value());
        }
        return seen;
    };
    EXPECT_EQ(names(id("sam")), (std::set<std::int64_t>{id("pat").value(), id("jo").value()}))
        << "not Sam, Max (their own), Kim (above), Ola or Lee (peers)";
    EXPECT_EQ(names(id("kim")),
              (std::set<std::int64_t>{id("pat").value(), id("jo").value(), id("max").value()}));
    const auto olas = app::reviewer_population(*m_store, review, id("ola"));
    ASSERT_FALSE(olas) << "Ola manages nobody, so is no reviewer";
    EXPECT_EQ(olas.error().code, ErrorCode::NotFound);

    // A view before the meeting: a disagreement needs a note; nobody records one about themselves.
    ASSERT_TRUE(
        app::propose_talent_placement(*m_store, review, id("jo"), id("pat"), box(Band::High, Band::High)));
    const auto bare = app::record_pre_meeting_view(*m_store, review, {id("kim"), id("jo"), false, "  "}, now);
    ASSERT_FALSE(bare);
    EXPECT_EQ(bare.error().code, ErrorCode::InvalidInput);
    ASSERT_TRUE(app::record_pre_meeting_view(
        *m_store, review, {id("kim"), id("jo"), false, "Saw little of this in the audit."}, now));
    const auto self = app::record_pre_meeting_view(*m_store, review, {id("kim"), id("kim"), true, ""}, now);
    ASSERT_FALSE(self);
    EXPECT_EQ(self.error().code, ErrorCode::NotFound);
    ASSERT_TRUE(app::advance_talent_review(*m_store, review, app::TalentReviewStage::Calibrating));
    const auto late = app::record_pre_meeting_view(*m_store, review, {id("pat"), id("sam"), true, ""}, now);
    ASSERT_FALSE(late);
    EXPECT_EQ(late.error().code, ErrorCode::FailedPrecondition);
    const auto backwards = app::advance_talent_review(*m_store, review, app::TalentReviewStage::Assessing);
    ASSERT_FALSE(backwards);
    EXPECT_EQ(backwards.error().code, ErrorCode::FailedPrecondition);
}

TEST_P(TalentReviewStore, APersonSaysTheyDisagreeOnlyOnceTheReviewClosesAndErasingThemTakesItAway) {
    const auto review = start({});
    const auto early = app::record_disagreement(*m_store, review, id("sam"), "Not me.", now);
    ASSERT_FALSE(early);
    EXPECT_EQ(early.error().code, ErrorCode::FailedPrecondition);
    ASSERT_TRUE(app::advance_talent_review(*m_store, review, app::TalentReviewStage::Calibrating));
    ASSERT_TRUE(app::advance_talent_review(*m_store, review, app::TalentReviewStage::Closed));
    ASSERT_TRUE(app::record_disagreement(*m_store, review, id("sam"), "The evidence is a year old.", now));
    ASSERT_TRUE(
        app::record_disagreement(*m_store, review, id("sam"), "  The evidence is two years old.  ", now + 1));
    const auto said = m_store->talent_reviews().disagreements(review).value();
    ASSERT_EQ(said.size(), 1U) << "replaced, not added";
    EXPECT_EQ(said[0].said, "The evidence is two years old.");
    EXPECT_EQ(said[0].at, now + 1);
    const auto outsider =
        app::record_disagreement(*m_store, review, domain::PersonId{987654}, "Me too.", now);
    ASSERT_FALSE(outsider);
    EXPECT_EQ(outsider.error().code, ErrorCode::NotFound);

    ASSERT_TRUE(m_store->in_transaction(
        [&] { return m_store->people().erase_person(id("sam"), "erased-2@erased.invalid"); }));
    EXPECT_TRUE(m_store->talent_reviews().disagreements(review).value().empty());
}

TEST_P(TalentReviewStore, APoolTakesPeopleAClosedReviewPlacedUntilADateAndIsSearchedByWhatTheReviewSaid) {
    const auto review = start({});
    const auto& indicators = framework().framework;
    ASSERT_TRUE(app::save_talent_assessment(*m_store, indicators, review, id("sam"), id("kim"),
                                            ratings(4, 4, 3), now));
    ASSERT_TRUE(app::save_talent_assessment(*m_store, indicators, review, id("ola"), id("kim"),
                                            ratings(3, 2, 3), now));
    ASSERT_TRUE(
        app::propose_talent_placement(*m_store, review, id("sam"), id("kim"), box(Band::High, Band::High)));
    ASSERT_TRUE(app::propose_talent_placement(*m_store, review, id("ola"), id("kim"),
                                              box(Band::High, Band::Moderate)));

    const auto pool =
        app::create_talent_pool(*m_store, " Future Leaders Scheme ", "Two years of stretch roles.", now);
    ASSERT_TRUE(pool);
    const auto twin = app::create_talent_pool(*m_store, "future leaders scheme", "", now);
    ASSERT_FALSE(twin);
    EXPECT_EQ(twin.error().code, ErrorCode::Conflict) << "names are unique whatever their case";
    ASSERT_EQ(m_store->talent_pools().pools().value().at(0).name, "Future Leaders Scheme");

    const auto until = domain::Date::parse("2028-06-30").value();
    const auto too_early = app::add_to_talent_pool(*m_store, review, id("sam"), *pool, until, now);
    ASSERT_FALSE(too_early);
    EXPECT_EQ(too_early.error().code, ErrorCode::FailedPrecondition) << "not before the review closes";
    ASSERT_TRUE(app::advance_talent_review(*m_store, review, app::TalentReviewStage::Calibrating));
    ASSERT_TRUE(app::advance_talent_review(*m_store, review, app::TalentReviewStage::Closed));

    ASSERT_TRUE(app::add_to_talent_pool(*m_store, review, id("sam"), *pool, until, now));
    ASSERT_TRUE(app::add_to_talent_pool(*m_store, review, id("ola"), *pool,
                                        domain::Date::parse("2027-03-31").value(), now));
    const auto unplaced = app::add_to_talent_pool(*m_store, review, id("lee"), *pool, until, now);
    ASSERT_FALSE(unplaced);
    EXPECT_EQ(unplaced.error().code, ErrorCode::FailedPrecondition) << "Lee was never placed";
    const auto past = app::add_to_talent_pool(*m_store, review, id("sam"), *pool,
                                              domain::Date::parse("2020-01-01").value(), now);
    ASSERT_FALSE(past);
    EXPECT_EQ(past.error().code, ErrorCode::InvalidInput);
    const auto nowhere = app::add_to_talent_pool(*m_store, review, id("sam"), *pool + 99, until, now);
    ASSERT_FALSE(nowhere);
    EXPECT_EQ(nowhere.error().code, ErrorCode::NotFound);

    const auto today = domain::day_of(now);
    domain::PoolSearch strong_performers;
    strong_performers.indicator = "performance";
    strong_performers.at_least = 4;
    auto found = app::search_talent_pools(*m_store, strong_performers, today).value();
    ASSERT_EQ(found.rows.size(), 1U);
    EXPECT_EQ(found.rows[0].name, "Sam Jones");
    EXPECT_EQ(found.rows[0].candidate.placement, box(Band::High, Band::High));
    EXPECT_EQ(found.rows[0].unit, "Repairs");
    EXPECT_EQ(found.members, 2U);
    EXPECT_EQ(found.professions, std::vector<std::string>{"Policy"});
    domain::PoolSearch in_finance;
    in_finance.profession = "Finance";
    EXPECT_TRUE(app::search_talent_pools(*m_store, in_finance, today).value().rows.empty());

    // Renewing replaces the date; Ola's place runs out at the end of March 2027.
    const auto later = domain::Date::parse("2029-01-31").value();
    ASSERT_TRUE(app::add_to_talent_pool(*m_store, review, id("sam"), *pool, later, now + 10));
    const auto april = domain::Date::parse("2027-04-01").value();
    found = app::search_talent_pools(*m_store, {}, april).value();
    ASSERT_EQ(found.rows.size(), 1U) << "Ola's place has expired";
    EXPECT_EQ(found.rows[0].candidate.expires_on, later);
    domain::PoolSearch everyone_ever;
    everyone_ever.include_expired = true;
    found = app::search_talent_pools(*m_store, everyone_ever, april).value();
    ASSERT_EQ(found.rows.size(), 2U);
    EXPECT_EQ(found.rows[0].name, "Ola Ade");
    EXPECT_TRUE(found.rows[0].expired);

    const auto own = app::own_pool_places(*m_store, id("sam"), today).value();
    ASSERT_EQ(own.size(), 1U);
    EXPECT_EQ(own[0].pool_name, "Future Leaders Scheme");
    EXPECT_EQ(own[0].review, review);
    EXPECT_FALSE(own[0].expired);

    EXPECT_TRUE(m_store->talent_pools().remove_member(*pool, id("ola")).value());
    EXPECT_FALSE(m_store->talent_pools().remove_member(*pool, id("ola")).value()) << "already out";
    ASSERT_TRUE(m_store->in_transaction(
        [&] { return m_store->people().erase_person(id("sam"), "erased-3@erased.invalid"); }));
    EXPECT_TRUE(m_store->talent_pools().members().value().empty());
}
