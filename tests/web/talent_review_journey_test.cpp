// A talent review from start to finish through the pages, on SQLite and on PostgreSQL: an HR admin starts
// it, a line manager assesses and proposes, the meeting moves the placement with a reason, the review
// closes, and the person reads where they stand and why.
#include <deque>

#include <gtest/gtest.h>

#include "support/demo_site.hpp"
#include "support/scratch_database.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::Backend;
using leadline::testing::Browser;
using leadline::testing::contains;

namespace {

class TalentReviewJourney : public ::testing::TestWithParam<Backend> {
  protected:
    void SetUp() override {
        auto database = leadline::testing::ScratchDatabase::create(GetParam());
        LEADLINE_SKIP_WITHOUT(database);
        site = std::make_unique<leadline::testing::DemoSite>("", 80, std::move(database));
    }

    Browser& signed_in(const std::string& email, domain::Role role) {
        auto& browser = browsers.emplace_back(*site);
        browser.choose_password(site->add_account(email, role), "a long enough password");
        return browser;
    }

    std::unique_ptr<leadline::testing::DemoSite> site;
    std::deque<Browser> browsers;
};

} // namespace

TEST_P(TalentReviewJourney, AnAdminRunsAReviewFromStartToFinish) {
    auto& admin = signed_in("hr@council.example", domain::Role::Admin);
    const auto units = site->store().people().units().value();
    const auto unit = std::find_if(units.begin(), units.end(),
                                   [](const auto& each) { return each.path == "Adult Social Care"; });
    ASSERT_NE(unit, units.end());
    const auto started = admin.submit("/admin/talent", "/admin/talent",
                                      {{"name", "Adult Social Care 2027"},
                                       {"framework", "indicators-of-potential"},
                                       {"population", "unit"},
                                       {"unit", std::to_string(unit->id.value())},
                                       {"grade", ""},
                                       {"cycle", ""},
                                       {"minimum", "5"}});
    ASSERT_EQ(started.status, 303);
    const auto board = *started.header("Location");
    const auto review = std::stoll(board.substr(board.rfind('/') + 1));

    const auto members = site->store().talent_reviews().members(review).value();
    const auto member = std::find_if(members.begin(), members.end(), [](const app::ReviewMember& each) {
        return each.line_manager.has_value();
    });
    ASSERT_NE(member, members.end());
    const auto person = site->store().people().person(member->person).value().value();
    const auto manager_email = site->store().people().person(*member->line_manager).value()->email;
    auto& manager = signed_in(manager_email, domain::Role::LineManager);
    const auto form = "/me/talent/" + std::to_string(review) + "/people/" + std::to_string(person.id.value());
    const std::string evidence = "Led the hospital discharge work and cut waits by a third this year.";
    const std::vector<web::FormField> assessment{
        {"level-performance", "4"}, {"evidence-performance", evidence},
        {"level-purpose", "4"},     {"evidence-purpose", evidence},
        {"level-values", "3"},      {"evidence-values", evidence},
        {"placement", "8"}};
    ASSERT_EQ(manager.submit(form, form, assessment).status, 303);

    ASSERT_EQ(admin.submit(board, board + "/stage", {{"stage", "calibrating"}}).status, 303);
    const auto late = manager.submit(form, form, assessment);
    EXPECT_EQ(late.status, 409);
    EXPECT_TRUE(contains(late.body, "Calibration of this review has begun"));

    const auto person_page = board + "/people/" + std::to_string(person.id.value());
    const std::string reason = "Two reviewers saw the discharge work; potential is not yet shown beyond it.";
    const auto moved = admin.submit(person_page, person_page + "/move",
                                    {{"revision", "1"},
                                     {"placement", "5"},
                                     {"proposed_by", std::to_string(member->line_manager->value())},
                                     {"reason", reason}});
    ASSERT_EQ(moved.status, 303);
    ASSERT_EQ(admin.submit(board, board + "/stage", {{"stage", "closed"}}).status, 303);
    EXPECT_EQ(admin.get(board + "/fairness").status, 200);

    auto& themselves = signed_in(person.email, domain::Role::Participant);
    const auto own = themselves.get("/me/talent/" + std::to_string(review));
    ASSERT_EQ(own.status, 200);
    EXPECT_TRUE(contains(own.body, domain::box_description(domain::box_at(5))));
    EXPECT_TRUE(contains(own.body, "Two reviewers saw the discharge work"));
    EXPECT_TRUE(contains(own.body, evidence)) << "their line manager's evidence, once closed";
}

INSTANTIATE_TEST_SUITE_P(Backends, TalentReviewJourney, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         leadline::testing::backend_test_name);
