// A talent review run from the browser on the demo site: an HR admin starts one, a line manager assesses
// with evidence and proposes a box, the meeting moves a placement with a reason, and the fairness page
// shows the bias planted in the demo. Nobody else's assessment can be reached by guessing an address.
#include <deque>

#include <gtest/gtest.h>

#include "app/talent/talent_reviews.hpp"
#include "support/admin_pages.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::Browser;
using leadline::testing::contains;

namespace {

class TalentReviewPages : public leadline::testing::AdminCyclePages {
  protected:
    const app::DemoTalent& talent() const { return *site.summary().talent; }

    // A member of the review with a line manager, and that manager signed in.
    app::ReviewMember member_of(std::int64_t review) {
        const auto members = site.store().talent_reviews().members(review).value();
        for (const auto& member : members) {
            if (member.line_manager) {
                return member;
            }
        }
        throw std::runtime_error("the demo review has nobody with a line manager");
    }

    Browser& signed_in_as(domain::PersonId person, domain::Role role = domain::Role::LineManager) {
        const auto email = site.store().people().person(person).value()->email;
        auto& browser = others.emplace_back(site);
        browser.choose_password(site.add_account(email, role), "a long enough password");
        return browser;
    }

    static std::string person_path(const std::string& area, std::int64_t review, domain::PersonId person) {
        return area + std::to_string(review) + "/people/" + std::to_string(person.value());
    }

    std::deque<Browser> others;
};

} // namespace

TEST_F(TalentReviewPages, AnAdminStartsAReviewOfAUnitAndSeesItsBoard) {
    const auto units = site.store().people().units().value();
    const auto unit = std::find_if(units.begin(), units.end(),
                                   [](const auto& each) { return each.path == "Adult Social Care"; });
    ASSERT_NE(unit, units.end());
    const auto started = admin.submit("/admin/talent", "/admin/talent",
                                      {{"name", "Adult Social Care review"},
                                       {"framework", "indicators-of-potential"},
                                       {"population", "unit"},
                                       {"unit", std::to_string(unit->id.value())},
                                       {"grade", ""},
                                       {"cycle", ""},
                                       {"minimum", "5"}});
    ASSERT_EQ(started.status, 303);
    const auto board = admin.get(*started.header("Location"));
    ASSERT_EQ(board.status, 200);
    EXPECT_TRUE(contains(board.body, "Adult Social Care review"));
    EXPECT_TRUE(contains(board.body, "Adult Social Care and the units within it"));
    EXPECT_TRUE(contains(board.body, "Begin calibration"));
    EXPECT_TRUE(contains(admin.get("/admin/talent").body, "Adult Social Care review"));
}

TEST_F(TalentReviewPages, AReviewWithoutANameIsRefusedKeepingWhatWasTyped) {
    const auto refused = admin.submit("/admin/talent", "/admin/talent",
                                      {{"name", "  "},
                                       {"framework", "indicators-of-potential"},
                                       {"population", "grade"},
                                       {"unit", ""},
                                       {"grade", "Grade 7"},
                                       {"cycle", ""},
                                       {"minimum", "6"}});
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "Give the talent review a name."));
    EXPECT_TRUE(contains(refused.body, "value=\"Grade 7\""));
    EXPECT_TRUE(contains(refused.body, "value=\"6\""));
    EXPECT_EQ(site.store().talent_reviews().reviews().value().size(), 3U) << "only the demo's three";
}

TEST_F(TalentReviewPages, ALineManagerRatesWithEvidenceAndALevelWithoutItIsRefused) {
    const auto review = talent().assessing_review;
    const auto member = member_of(review);
    auto& manager = signed_in_as(*member.line_manager);
    const auto path = person_path("/me/talent/", review, member.person);
    const auto form = manager.get(path);
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "Repeatedly delivers beyond the current role")) << "each level's meaning";

    std::vector<web::FormField> fields{
        {"level-performance", "4"},
        {"evidence-performance", "Good."},
        {"level-purpose", ""},
        {"evidence-purpose", ""},
        {"level-values", "3"},
        {"evidence-values", "Kept the tenants' consultation open when it was hard to."},
        {"placement", "8"}};
    const auto refused = manager.submit(path, path, fields);
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "href=\"#level-performance\""));
    EXPECT_TRUE(contains(refused.body, "Kept the tenants&#39; consultation open"))
        << "what was typed is kept";

    fields[1].value = "Led the winter plan across three teams and met every target in it.";
    const auto saved = manager.submit(path, path, fields);
    ASSERT_EQ(saved.status, 303);
    EXPECT_TRUE(contains(manager.get(*saved.header("Location")).body, "Saved."));
    const auto stored = site.store().talent_reviews().members(review).value();
    const auto now = std::find_if(stored.begin(), stored.end(),
                                  [&](const auto& each) { return each.person == member.person; });
    EXPECT_EQ(now->proposed, domain::placed_in(domain::box_at(8)));
}

TEST_F(TalentReviewPages, SomeoneWhoIsNeitherThePersonNorTheirManagerGetsNotFound) {
    const auto review = talent().assessing_review;
    const auto member = member_of(review);
    // Another member of the review who does not manage this one.
    domain::PersonId stranger;
    const auto members = site.store().talent_reviews().members(review).value();
    for (const auto& other : members) {
        if (other.person != member.person && other.person != *member.line_manager &&
            other.line_manager != member.person) {
            stranger = other.person;
            break;
        }
    }
    auto& browser = signed_in_as(stranger, domain::Role::Participant);
    EXPECT_EQ(browser.get(person_path("/me/talent/", review, member.person)).status, 404);
    EXPECT_EQ(browser.get(person_path("/me/talent/", review, domain::PersonId{999999})).status, 404);
    const auto own = browser.get("/me/talent/" + std::to_string(review));
    EXPECT_EQ(own.status, 200) << "their own view is theirs";
    EXPECT_FALSE(contains(own.body, site.store().people().person(member.person).value()->name));
}

TEST_F(TalentReviewPages, TheMeetingMovesAPlacementOnlyWithAReasonAndAStaleMoveIsToldWhatChanged) {
    const auto review = talent().calibrating_review;
    const auto member = member_of(review);
    const auto path = person_path("/admin/talent/", review, member.person);
    const std::string to = member.now == domain::placed_in(domain::box_at(4)) ? "5" : "4";
    std::vector<web::FormField> fields{{"revision", std::to_string(member.revision)},
                                       {"placement", to},
                                       {"proposed_by", std::to_string(member.line_manager->value())},
                                       {"reason", ""}};
    const auto refused = admin.submit(path, path + "/move", fields);
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "reason"));

    fields[3].value = "Two reviewers have seen them lead the joint inspection work.";
    const auto moved = admin.submit(path, path + "/move", fields);
    ASSERT_EQ(moved.status, 303);
    EXPECT_TRUE(
        contains(admin.get(path).body, "Two reviewers have seen them lead the joint inspection work."));

    // A second reviewer still looking at the old revision is told what it is now, and nothing is lost.
    fields[1].value = "too-new";
    fields[3].value = "Started in the role this month.";
    const auto stale = admin.post(path + "/move", [&] {
        auto sent = fields;
        sent.push_back({"csrf", leadline::testing::form_token_in(admin.get(path).body)});
        return sent;
    }());
    EXPECT_EQ(stale.status, 400);
    EXPECT_TRUE(contains(stale.body, domain::box_description(domain::box_at(std::stoul(to)))));
    EXPECT_TRUE(contains(stale.body, "Started in the role this month.")) << "what was typed is kept";
    EXPECT_EQ(site.store().talent_reviews().moves(review).value().size(), talent().moves + 1);
}

namespace {

// The demo at its default size, where each line manager of the calibrating department has enough people
// for their figures to be shown.
class PlantedBias : public ::testing::Test {
  protected:
    void SetUp() override {
        admin.choose_password(site.add_account("hr@council.example", domain::Role::Admin),
                              "a long enough password");
    }
    const app::DemoTalent& talent() const { return *site.summary().talent; }

    leadline::testing::DemoSite site{"", 400};
    Browser admin{site};
};

} // namespace

TEST_F(PlantedBias, TheFairnessPageShowsTheReviewerWhoRatesWomenLower) {
    const auto review = talent().calibrating_review;
    const auto by_reviewer = app::talent_fairness_by_reviewer(site.store(), review).value();
    ASSERT_FALSE(by_reviewer.empty());
    ASSERT_EQ(by_reviewer.front().field, domain::EqualityField::Sex);
    bool found = false;
    for (const auto& reviewer : by_reviewer.front().reviewers) {
        for (const auto& group : reviewer.proposed_high_potential.groups) {
            const bool below = group.reading == domain::FairnessReading::ClearlyBelow ||
                               group.reading == domain::FairnessReading::BelowNotClear;
            found =
                found || (below && group.group == "Female" && reviewer.reviewer == talent().biased_reviewer);
        }
    }
    EXPECT_TRUE(found) << "the planted bias is found";
    const auto page = admin.get("/admin/talent/" + std::to_string(review) + "/fairness");
    ASSERT_EQ(page.status, 200);
    const auto name = site.store().people().person(talent().biased_reviewer).value()->name;
    const auto row = page.body.find("<th scope=\"row\" class=\"govuk-table__header\">" + name +
                                    "</th>\n          <td class=\"govuk-table__cell\">Female</td>");
    ASSERT_NE(row, std::string::npos);
    const auto line = page.body.substr(row, page.body.find("</tr>", row) - row);
    EXPECT_TRUE(contains(line, "govuk-tag--red\">Clearly under four-fifths") ||
                contains(line, "govuk-tag--red\">Under four-fifths"))
        << line;
}

TEST_F(TalentReviewPages, AReviewerSeesOthersViewsOnlyAfterGivingTheirOwnAndADisagreementNeedsANote) {
    const auto review = talent().assessing_review;
    const auto members = site.store().talent_reviews().members(review).value();
    std::vector<domain::PersonId> reviewers;
    for (const auto& member : members) {
        if (member.line_manager &&
            std::find(reviewers.begin(), reviewers.end(), *member.line_manager) == reviewers.end()) {
            reviewers.push_back(*member.line_manager);
        }
    }
    // A proposed placement two reviewers may both judge.
    const auto judged_by = [&](domain::PersonId reviewer, domain::PersonId person) {
        const auto population = app::reviewer_population(site.store(), review, reviewer).value();
        return std::any_of(population.begin(), population.end(),
                           [&](const app::ReviewMember& each) { return each.person == person; });
    };
    domain::PersonId first;
    domain::PersonId second;
    domain::PersonId person;
    for (const auto& member : members) {
        if (member.proposed.status != domain::PlacementStatus::Placed) {
            continue;
        }
        std::vector<domain::PersonId> able;
        for (const auto reviewer : reviewers) {
            if (judged_by(reviewer, member.person)) {
                able.push_back(reviewer);
            }
        }
        if (able.size() >= 2) {
            first = able[0];
            second = able[1];
            person = member.person;
            break;
        }
    }
    ASSERT_NE(person.value(), 0) << "the demo's assessing review has someone two reviewers may judge";
    ASSERT_TRUE(app::record_pre_meeting_view(
        site.store(), review, {second, person, false, "Only one project shows it so far."}, 1));

    auto& reviewer = signed_in_as(first);
    const auto page = "/me/talent/" + std::to_string(review) + "/meeting";
    ASSERT_EQ(reviewer.get(page).status, 200);
    EXPECT_FALSE(contains(reviewer.get(page).body, "Only one project shows it so far."))
        << "not before their own";

    const auto action = "/me/talent/" + std::to_string(review) + "/views";
    const auto id = std::to_string(person.value());
    const auto bare = reviewer.submit(page, action, {{"person", id}, {"agrees", "no"}, {"note", ""}});
    EXPECT_EQ(bare.status, 400);
    EXPECT_TRUE(contains(bare.body, "Say why you do not agree"));
    const auto saved = reviewer.submit(page, action, {{"person", id}, {"agrees", "yes"}, {"note", ""}});
    ASSERT_EQ(saved.status, 303);
    EXPECT_TRUE(contains(reviewer.get(page).body, "Only one project shows it so far.")) << "after their own";
}

TEST_F(TalentReviewPages, APersonReadsTheirPlacementAndWhyItMovedOnlyOnceTheReviewCloses) {
    const auto review = talent().calibrating_review;
    const auto moves = site.store().talent_reviews().moves(review).value();
    ASSERT_FALSE(moves.empty());
    const auto& moved = moves.front();
    auto& person = signed_in_as(moved.person, domain::Role::Participant);
    const auto own = "/me/talent/" + std::to_string(review);
    const auto before = person.get(own);
    ASSERT_EQ(before.status, 200);
    EXPECT_TRUE(contains(before.body, "still calibrating"));
    EXPECT_FALSE(contains(before.body, moved.reason));

    const auto board = "/admin/talent/" + std::to_string(review);
    ASSERT_EQ(admin.submit(board, board + "/stage", {{"stage", "closed"}}).status, 303);
    const auto after = person.get(own);
    EXPECT_TRUE(contains(after.body, moved.reason));
    EXPECT_TRUE(contains(after.body, domain::placement_description(moved.to)));
    // They may tell HR they disagree: nothing said is refused, keeping the form; then HR reads it.
    const auto empty = person.submit(own, own + "/disagree", {{"said", "   "}});
    EXPECT_EQ(empty.status, 400);
    EXPECT_TRUE(contains(empty.body, "Say what you disagree with."));
    const std::string said = "The project the meeting relied on was led by my deputy, not by me.";
    ASSERT_EQ(person.submit(own, own + "/disagree", {{"said", said}}).status, 303);
    EXPECT_TRUE(contains(person.get(own).body, "You told HR on"));
    const auto seen = admin.get(board + "/people/" + std::to_string(moved.person.value()));
    EXPECT_TRUE(contains(seen.body, "They disagree"));
    EXPECT_TRUE(contains(seen.body, said));
    EXPECT_TRUE(contains(admin.get(board).body, "Disagrees"));
    // Closed is final: it does not go back to calibrating.
    const auto again = admin.submit(board, board + "/stage", {{"stage", "calibrating"}});
    EXPECT_EQ(again.status, 409);
    EXPECT_TRUE(contains(again.body, "a review goes from assessing to calibrating to closed"));
}

TEST_F(TalentReviewPages, TheApiGivesAdminsTheReviewAndNeverAnyonesEqualityInformation) {
    const auto review = talent().calibrating_review;
    const auto answer = admin.get("/api/v1/talent/" + std::to_string(review));
    ASSERT_EQ(answer.status, 200);
    EXPECT_TRUE(contains(answer.body, "\"stage\":\"calibrating\""));
    const auto member = member_of(review);
    EXPECT_TRUE(contains(answer.body, "\"person\":" + std::to_string(member.person.value())));
    EXPECT_FALSE(contains(answer.body, "Female"));
    EXPECT_FALSE(contains(answer.body, "Male"));
    auto& manager = signed_in_as(*member.line_manager);
    EXPECT_EQ(manager.get("/api/v1/talent/" + std::to_string(review)).status, 404);
}

TEST_F(TalentReviewPages, TwoCharacteristicsTogetherShowNoCombinationSmallerThanTheMinimum) {
    const auto review = talent().calibrating_review;
    const auto path = "/admin/talent/" + std::to_string(review) + "/fairness";
    const auto page = admin.get(path + "?first=sex&second=working_pattern");
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Sex and Working pattern: placed in a top box now"));
    EXPECT_TRUE(contains(page.body, "<option value=\"working_pattern\" selected>"));
    const auto together = app::talent_intersection(site.store(), review, domain::EqualityField::Sex,
                                                   domain::EqualityField::WorkingPattern)
                              .value();
    const auto minimum = site.store().talent_reviews().review(review).value()->minimum_group;
    int hidden = 0;
    for (const auto* check : {&together.top_boxes, &together.high_potential}) {
        for (const auto& group : check->groups) {
            if (group.reading == domain::FairnessReading::Hidden) {
                ++hidden;
                // The row's first cell after its name says Hidden, in every table that lists it.
                bool listed = false;
                for (auto at = page.body.find(">" + group.group + "</th>"); at != std::string::npos;
                     at = page.body.find(">" + group.group + "</th>", at + 1)) {
                    const auto cell = page.body.find("govuk-table__cell\">", at);
                    listed = true;
                    EXPECT_EQ(page.body.substr(cell + 19, 7), "Hidden<") << group.group;
                }
                EXPECT_TRUE(listed) << group.group << " is listed as hidden";
            } else {
                EXPECT_GE(group.people, minimum) << group.group;
            }
        }
    }
    EXPECT_GT(hidden, 0) << "in a department of this size some combinations are too small to show";
    EXPECT_TRUE(
        contains(admin.get(path + "?first=sex&second=sex").body, "Choose two different characteristics."));
}
