// The pulse: an admin sets its dates, a round emails each subject's raters a private link, raters answer
// (or cannot, once withdrawn or closed: the same "not found" as any unknown link), and the subject sees
// the result only after it closes and only above the minimum.
#include <gtest/gtest.h>

#include <chrono>

#include "app/development/pulses.hpp"
#include "app/security/invitation_token.hpp"
#include "domain/development/programme.hpp"
#include "support/demo_site.hpp"
#include "support/text_checks.hpp"
#include "web/http/form_tokens.hpp"

using namespace leadline;
using leadline::testing::Browser;
using leadline::testing::contains;

namespace {

constexpr std::int64_t day_seconds = 86400;

domain::Date days_after(domain::Date date, int days) {
    return domain::Date(date.day() + std::chrono::days(days));
}

class PulsePages : public ::testing::Test {
  protected:
    void SetUp() override {
        // Well after the demo's published cycle closed (30 September 2026).
        site.clock().advance(80 * day_seconds);
        cycle = site.summary().cycle;
        const auto plans = site.store().development_plans().development_plans(cycle).value();
        ASSERT_FALSE(plans.empty());
        subject_id = plans.front().person;
        const auto person = site.store().people().person(subject_id).value();
        subject_email = person->email;
        subject_name = person->name;
        subject.choose_password(site.add_account(subject_email, domain::Role::Participant),
                                "a long enough password");
        admin.choose_password(site.add_account("pulse.admin@council.example", domain::Role::Admin),
                              "a long enough password");
        today = app::today(site.clock());
        // Round 2 opens today (keeping any round the demo set before it).
        auto rounds = site.store().pulses().pulse_rounds(cycle).value();
        rounds.resize(std::min<std::size_t>(rounds.size(), 1));
        rounds.push_back({static_cast<int>(rounds.size()) + 1, today, days_after(today, 13)});
        round = rounds.back().number;
        ASSERT_TRUE(site.store().pulses().set_pulse_rounds(cycle, rounds));
    }

    app::Pulses pulses() { return app::Pulses(site.store(), published, site.clock()); }

    // The private links in the pulse emails about the subject, newest last.
    std::vector<std::string> links() {
        std::vector<std::string> found;
        const auto messages = site.store().outbox().recent(500).value();
        for (const auto& message : messages) {
            if (message.kind == app::MessageKind::PulseInvitation &&
                contains(message.body, subject_name + " feedback")) {
                const auto at = message.body.find("/p/");
                found.push_back(message.body.substr(at, 3 + 43));
            }
        }
        return found;
    }

    std::vector<web::FormField> all_areas(const std::string& value) {
        std::vector<web::FormField> fields;
        const auto items = site.store().pulses().pulse_items(cycle, round, subject_id).value();
        for (const auto& item : items) {
            fields.push_back({"change-" + item.attribute.value(), item.focus ? value : "0"});
        }
        return fields;
    }

    std::string pulse_href() const { return "/me/cycles/" + std::to_string(cycle.value()) + "/pulse"; }

    leadline::testing::DemoSite site;
    app::FrameworkCache frameworks;
    app::PublishedReports published{frameworks};
    Browser subject{site};
    Browser admin{site, "192.0.2.9"};
    Browser rater{site, "198.51.100.7"};
    domain::CycleId cycle;
    domain::PersonId subject_id;
    std::string subject_email, subject_name;
    domain::Date today;
    int round = 1;
};

} // namespace

TEST_F(PulsePages, ARoundEmailsEachRaterOnceAndTheyAnswerInUnderAPage) {
    const auto queued = pulses().open_due_rounds("https://leadline.example");
    ASSERT_TRUE(queued) << queued.error().message;
    EXPECT_GT(*queued, 0U);
    EXPECT_EQ(pulses().open_due_rounds("https://leadline.example").value(), 0U) << "a round opens once";
    const auto sent = links();
    ASSERT_GE(sent.size(), 3U);
    const auto messages = site.store().outbox().recent(500).value();
    for (const auto& message : messages) {
        if (message.kind == app::MessageKind::PulseInvitation &&
            contains(message.body, subject_name + " feedback")) {
            EXPECT_NE(message.to, subject_email) << "the subject is not asked about themselves";
        }
    }
    const auto items = site.store().pulses().pulse_items(cycle, round, subject_id).value();
    ASSERT_GE(items.size(), 2U);
    EXPECT_TRUE(std::any_of(items.begin(), items.end(), [](const auto& item) { return !item.focus; }))
        << "an area that was not a focus is asked too";

    const auto link = sent.front();
    const auto page = rater.get(link);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Has " + subject_name + " changed since their feedback?"));
    EXPECT_FALSE(contains(page.body, "focus area")) << "raters are not told which areas are the focus";

    // Nothing chosen: each area says so, and the suggestion typed is kept.
    const auto empty = rater.submit(link, link, {{"feedforward", "Keep the Friday huddle"}});
    EXPECT_EQ(empty.status, 400);
    EXPECT_TRUE(contains(empty.body, "or that you have not seen enough to say"));
    EXPECT_TRUE(contains(empty.body, "Keep the Friday huddle"));

    auto fields = all_areas("2");
    fields.push_back({"feedforward", "Keep the Friday huddle"});
    ASSERT_EQ(rater.submit(link, link, fields).status, 303);
    const auto thanks = rater.get(link + "?done=sent");
    EXPECT_TRUE(contains(thanks.body, "your answer is in"));
    EXPECT_TRUE(contains(thanks.body, "value=\"2\" checked"));
    const auto answers = site.store().pulses().pulse_answers(cycle, round, subject_id).value();
    ASSERT_EQ(answers.size(), 1U);
    EXPECT_EQ(answers[0].feedforward, "Keep the Friday huddle");

    // A change outside −3 to +3 is a bad form, not an answer.
    auto wrong = all_areas("7");
    EXPECT_EQ(rater.submit(link, link, wrong).status, 400);
    EXPECT_EQ(site.store().pulses().pulse_answers(cycle, round, subject_id).value().size(), 1U);
}

TEST_F(PulsePages, AWithdrawnOrClosedLinkReadsLikeAnUnknownOneAndIsNotCounted) {
    ASSERT_TRUE(pulses().open_due_rounds("https://leadline.example"));
    const auto sent = links();
    ASSERT_GE(sent.size(), 2U);
    const auto unknown = rater.get("/p/" + std::string(43, 'x'));
    EXPECT_EQ(unknown.status, 404);
    ASSERT_EQ(rater.submit(sent[0], sent[0], all_areas("3")).status, 303);
    const auto token = sent[0].substr(3);
    const auto invitation = site.store().pulses().pulse_invitation_by_token(app::hash_token(token)).value();
    ASSERT_TRUE(invitation);
    ASSERT_TRUE(site.store().pulses().withdraw_pulse_invitation(invitation->id));
    const auto withdrawn = rater.get(sent[0]);
    EXPECT_EQ(withdrawn.status, 404);
    EXPECT_EQ(withdrawn.body, unknown.body);
    auto again = all_areas("3");
    again.push_back({"csrf", web::rater_form_token(token)});
    EXPECT_EQ(rater.post(sent[0], again).status, 404);
    EXPECT_TRUE(site.store().pulses().pulse_answers(cycle, round, subject_id).value().empty());

    site.clock().advance(14 * day_seconds);
    const auto closed = rater.get(sent[1]);
    EXPECT_EQ(closed.status, 404);
    EXPECT_EQ(closed.body, unknown.body);
}

TEST_F(PulsePages, TheSubjectSeesResultsOnlyAfterTheRoundClosesAndAboveTheMinimum) {
    ASSERT_TRUE(pulses().open_due_rounds("https://leadline.example"));
    const auto sent = links();
    ASSERT_GE(sent.size(), 4U);
    const std::vector<std::string> suggestions{"Ask the newer staff first", "Bring partners in earlier",
                                               "Keep the Friday huddle", "Say no to more meetings"};
    for (std::size_t r = 0; r < 2; ++r) {
        auto fields = all_areas(r % 2 == 0 ? "2" : "1");
        fields.push_back({"feedforward", suggestions[r]});
        ASSERT_EQ(rater.submit(sent[r], sent[r], fields).status, 303);
    }
    auto page = subject.get(pulse_href());
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Results show here after it closes."));
    EXPECT_FALSE(contains(page.body, suggestions[0]));

    // Closed with two answers: below the minimum of three, nothing but the count.
    site.clock().advance(14 * day_seconds);
    Browser again{site, "192.0.2.77"};
    ASSERT_EQ(again.sign_in(subject_email, "a long enough password").status, 303);
    page = again.get(pulse_href());
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Results need at least 3 answers"));
    EXPECT_FALSE(contains(page.body, suggestions[0]));
}

TEST_F(PulsePages, FourAnswersShowTheChangeItsRangeTheHonestComparisonAndTheSuggestions) {
    ASSERT_TRUE(pulses().open_due_rounds("https://leadline.example"));
    const auto sent = links();
    ASSERT_GE(sent.size(), 4U);
    const std::vector<std::string> suggestions{"Say no to more meetings", "Ask the newer staff first",
                                               "Keep the Friday huddle", "Bring partners in earlier"};
    const std::vector<std::string> focus_changes{"2", "1", "2", "3"};
    for (std::size_t r = 0; r < 4; ++r) {
        auto fields = all_areas(focus_changes[r]);
        fields.push_back({"feedforward", suggestions[r]});
        ASSERT_EQ(rater.submit(sent[r], sent[r], fields).status, 303);
    }
    site.clock().advance(14 * day_seconds);
    Browser later{site, "192.0.2.78"};
    ASSERT_EQ(later.sign_in(subject_email, "a long enough password").status, 303);
    const auto page = later.get(pulse_href());
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "4 of "));
    // Focus areas at 2, 1, 2, 3 against 0 elsewhere, person by person: mean +2.00, sd 0.816, t(0.95, 3)
    // 2.353: range +1.04 to +2.96.
    EXPECT_TRUE(
        contains(page.body, "Focus areas minus the others, person by person: +2.00 (range +1.04 to +2.96"));
    EXPECT_TRUE(contains(page.body, "Colleagues see more change in your focus areas"));
    // Suggestions in alphabetical order, not as they came.
    const auto first = page.body.find("Ask the newer staff first");
    const auto last = page.body.find("Say no to more meetings");
    ASSERT_NE(first, std::string::npos);
    ASSERT_NE(last, std::string::npos);
    EXPECT_LT(first, last);
}

TEST_F(PulsePages, AnAdminSetsTheDatesAndBadDatesComeBackWithWhatWasTyped) {
    const auto href = "/admin/cycles/" + std::to_string(cycle.value()) + "/pulse";
    const auto page = admin.get(href);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Open now"));
    std::vector<web::FormField> fields;
    const auto add_date = [&](const std::string& prefix, domain::Date date) {
        const std::chrono::year_month_day day{date.day()};
        fields.push_back({prefix + "-day", std::to_string(static_cast<unsigned>(day.day()))});
        fields.push_back({prefix + "-month", std::to_string(static_cast<unsigned>(day.month()))});
        fields.push_back({prefix + "-year", std::to_string(static_cast<int>(day.year()))});
    };
    const auto rounds = site.store().pulses().pulse_rounds(cycle).value();
    for (const auto& r : rounds) {
        add_date("round-" + std::to_string(r.number) + "-opens", r.opens_on);
        add_date("round-" + std::to_string(r.number) + "-closes", r.closes_on);
    }
    const auto next = std::to_string(rounds.size() + 1);
    auto bad = fields;
    bad.push_back({"round-" + next + "-opens-day", "31"});
    bad.push_back({"round-" + next + "-opens-month", "2"});
    bad.push_back({"round-" + next + "-opens-year", "2027"});
    const auto refused = admin.submit(href, href, bad);
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "The date round " + next + " opens must be a real date"));
    EXPECT_TRUE(contains(refused.body, "value=\"31\""));
    add_date("round-" + next + "-opens", days_after(today, 90));
    add_date("round-" + next + "-closes", days_after(today, 103));
    ASSERT_EQ(admin.submit(href, href, fields).status, 303);
    EXPECT_EQ(site.store().pulses().pulse_rounds(cycle).value().size(), rounds.size() + 1);
}

TEST_F(PulsePages, ASubjectAddsSomeoneWhoIsAskedInTheRoundOpenNow) {
    ASSERT_TRUE(pulses().open_due_rounds("https://leadline.example"));
    const auto before = links().size();
    const auto own = subject.submit(pulse_href(), pulse_href() + "/raters",
                                    {{"email", subject_email}, {"name", "Me"}, {"group", "peer"}});
    EXPECT_EQ(own.status, 400);
    EXPECT_TRUE(contains(own.body, "That is your own address"));
    ASSERT_EQ(subject
                  .submit(pulse_href(), pulse_href() + "/raters",
                          {{"email", "Kim.Partner@Charity.example"}, {"name", "Kim"}, {"group", "partner"}})
                  .status,
              303);
    EXPECT_EQ(links().size(), before + 1);
    const auto again =
        subject.submit(pulse_href(), pulse_href() + "/raters",
                       {{"email", "kim.partner@charity.example"}, {"name", "Kim"}, {"group", "partner"}});
    EXPECT_EQ(again.status, 400);
    EXPECT_TRUE(contains(again.body, "You have added them already."));
}

TEST_F(PulsePages, AnAdminWithdrawsARaterWhoseLinkThenReadsLikeAnUnknownOne) {
    ASSERT_TRUE(pulses().open_due_rounds("https://leadline.example"));
    const auto sent = links();
    ASSERT_FALSE(sent.empty());
    ASSERT_EQ(rater.submit(sent[0], sent[0], all_areas("2")).status, 303);
    const auto invitation =
        site.store().pulses().pulse_invitation_by_token(app::hash_token(sent[0].substr(3))).value();
    ASSERT_TRUE(invitation);
    const auto href = "/admin/cycles/" + std::to_string(cycle.value()) + "/pulse";
    const auto page = admin.get(href);
    EXPECT_TRUE(contains(page.body, "have a link, and 1 have answered"));
    const auto wrong = admin.submit(href, href + "/withdraw",
                                    {{"subject", subject_email}, {"rater", "nobody@council.example"}});
    EXPECT_EQ(wrong.status, 400);
    EXPECT_TRUE(contains(wrong.body, "nobody@council.example has no pulse link about " + subject_name));
    EXPECT_TRUE(contains(wrong.body, "value=\"" + subject_email + "\""));
    ASSERT_EQ(
        admin.submit(href, href + "/withdraw", {{"subject", subject_email}, {"rater", invitation->email}})
            .status,
        303);
    EXPECT_EQ(rater.get(sent[0]).status, 404);
    EXPECT_TRUE(site.store().pulses().pulse_answers(cycle, round, subject_id).value().empty());
}

TEST_F(PulsePages, TheProgrammeViewCountsPlansAndPutsTheClosedRoundTogetherWithoutNamingAnyone) {
    const auto href = "/admin/cycles/" + std::to_string(cycle.value()) + "/programme";
    const auto page = admin.get(href);
    ASSERT_EQ(page.status, 200);
    const auto plans = site.store().development_plans().development_plans(cycle).value();
    EXPECT_TRUE(contains(page.body, std::to_string(plans.size()) + " of ")) << "plans started, of subjects";
    EXPECT_TRUE(contains(page.body, "Focus areas chosen"));
    // The demo's first round has closed: its subjects together, each counted once.
    const auto results = pulses().round_results(cycle, 1).value();
    std::vector<domain::PulseResult> all;
    for (const auto& [person, result] : results) {
        all.push_back(result);
    }
    const auto together = domain::programme_pulse(all);
    ASSERT_GT(together.subjects_shown, 0);
    EXPECT_TRUE(contains(page.body, "It asked about " + std::to_string(together.subjects_asked) +
                                        " people; " + std::to_string(together.subjects_shown) +
                                        " had enough answers"));
    EXPECT_TRUE(contains(page.body,
                         "in the focus areas than elsewhere for " + std::to_string(together.more_in_focus)));
    EXPECT_FALSE(contains(page.body, subject_name)) << "nobody is named";
    EXPECT_TRUE(contains(page.body, "Round 2")) << "the round open now is listed, without figures";
}

TEST_F(PulsePages, TheProgrammeViewBreaksAClosedRoundDownByUnitHidingSmallFigures) {
    const auto href = "/admin/cycles/" + std::to_string(cycle.value()) + "/programme";
    const auto page = admin.get(href);
    ASSERT_EQ(page.status, 200);
    const auto start = page.body.find("Round 1 by unit");
    ASSERT_NE(start, std::string::npos) << "the demo's closed first round is broken down by unit";
    const auto table = page.body.substr(start, page.body.find("</details>", start) - start);
    EXPECT_TRUE(contains(table, "Whole organisation"));
    EXPECT_TRUE(contains(table, "All focus areas"));
    // The demo directory's top-level units are rows where their people worked on something.
    const auto units = site.store().people().units().value();
    EXPECT_TRUE(std::any_of(units.begin(), units.end(), [&](const domain::OrgUnit& unit) {
        return !unit.parent && contains(table, ">" + unit.name + "<");
    }));
    // Every figure shown rests on at least the minimum of people; the rest say they are hidden.
    const auto heading = site.store().cycles().cycle_heading(cycle).value();
    const auto minimum = domain::pulse_minimum(heading.settings.anonymity, heading.settings.rater_groups);
    std::size_t shown = 0;
    for (auto at = table.find(" people</span>"); at != std::string::npos;
         at = table.find(" people</span>", at + 1)) {
        const auto number_starts = table.rfind('>', at) + 1;
        EXPECT_GE(std::stoi(table.substr(number_starts, at - number_starts)), minimum);
        ++shown;
    }
    EXPECT_GT(shown, 0U);
    // In the demo the rules hide the whole organisation's figure for the first attribute (three people), so
    // the attribute table above must not show it either.
    const auto organisation_row = table.find("Whole organisation");
    const auto first_cell =
        table.substr(organisation_row, table.find("</td>", organisation_row) - organisation_row);
    EXPECT_TRUE(contains(first_cell, "Hidden"));
    EXPECT_TRUE(contains(page.body, "Hidden, to protect a unit"));
    EXPECT_FALSE(contains(page.body, subject_name)) << "nobody is named";
}
