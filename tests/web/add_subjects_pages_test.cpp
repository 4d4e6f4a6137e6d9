// Adding many subjects at once: everyone in a unit, or a pasted list of addresses; counted and asked
// first, then all added or, when any address cannot be, nobody.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "app/feedback/cycle_administration.hpp"
#include "domain/people/org_unit.hpp"
#include "support/admin_pages.hpp"
#include "support/text_checks.hpp"

using namespace leadline;
using leadline::testing::contains;

namespace {

class AddSubjectsPages : public leadline::testing::AdminCyclePages {
  protected:
    void SetUp() override {
        AdminCyclePages::SetUp();
        auto settings = site.demo().open_cycle.settings;
        settings.name = "Whole council 2027";
        draft = site.store().cycles().create_cycle(settings).value();
    }

    std::set<std::string> subjects_of(domain::CycleId cycle) {
        std::set<std::string> emails;
        const auto loaded = site.store().cycles().load_cycle(cycle).value();
        for (const auto& subject : loaded.subjects()) {
            emails.insert(subject.email);
        }
        return emails;
    }

    std::size_t emails_to(const std::string& email) {
        const auto waiting = site.store().outbox().unsent(100000).value();
        return static_cast<std::size_t>(std::count_if(
            waiting.begin(), waiting.end(), [&](const auto& message) { return message.to == email; }));
    }

    // The people working in the unit at `path` or below it, by email.
    std::set<std::string> working_in(const std::string& path) {
        std::map<domain::UnitId, std::string> path_of;
        const auto units = site.store().people().units().value();
        for (const auto& unit : units) {
            path_of[unit.id] = unit.path;
        }
        std::set<std::string> emails;
        const auto everyone = site.store().people().people().value();
        for (const auto& person : everyone) {
            if (!person.left_at && domain::unit_holds(path, path_of.at(person.unit))) {
                emails.insert(person.email);
            }
        }
        return emails;
    }

    std::string form() { return cycle_path(draft, "add-subjects"); }

    domain::CycleId draft;
};

TEST_F(AddSubjectsPages, TheCyclePageLeadsToAFormListingEachUnitWithItsHeadcount) {
    EXPECT_TRUE(contains(admin.get(cycle_path(draft)).body, "href=\"" + form() + "\""));
    const auto page = admin.get(form());
    ASSERT_EQ(page.status, 200);
    const auto units = site.store().people().units().value();
    ASSERT_FALSE(units.empty());
    const auto& top = units.front().path;
    const auto headcount = working_in(top).size();
    EXPECT_TRUE(contains(page.body, ">" + top + " (" + std::to_string(headcount) + " people)<"))
        << "each unit says how many people working there (and below) would be added";
}

TEST_F(AddSubjectsPages, AListWithAnUnknownAddressAndALeaverAddsNobodyAndNamesEachLine) {
    const auto& people = site.demo().people;
    const auto everyone = site.store().people().people().value();
    const auto leaver =
        std::find_if(everyone.begin(), everyone.end(), [](const auto& p) { return p.left_at; });
    ASSERT_NE(leaver, everyone.end()) << "the demo has leavers";
    const std::string typed = people[0].email + ", " + people[1].email + "\nnobody@nowhere.example\n" +
                              leaver->email + "\nnot-an-address";
    const auto refused = admin.submit(form(), form(), {{"by", "emails"}, {"emails", typed}});
    ASSERT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "3 addresses cannot be added; nobody was added"));
    EXPECT_TRUE(contains(refused.body, "<td class=\"govuk-table__cell\">2</td>\n          <td "
                                       "class=\"govuk-table__cell\">nobody@nowhere.example</td>"))
        << "the unknown address is on line 2";
    EXPECT_TRUE(contains(refused.body, leaver->name + " has left"));
    EXPECT_TRUE(contains(refused.body, "This is not an email address."));
    EXPECT_TRUE(contains(refused.body, "nobody@nowhere.example\n" + leaver->email))
        << "what was typed is kept, line by line";
    EXPECT_TRUE(subjects_of(draft).empty());
}

TEST_F(AddSubjectsPages, AGoodListIsCountedAndAskedAboutThenEveryoneIsAddedAndWrittenTo) {
    const auto& people = site.demo().people;
    const std::string typed = people[2].email + "\n" + people[3].email + "; " + people[2].email + "\n\n";
    // One of them is already a subject: counted, left alone.
    ASSERT_EQ(
        admin.submit(cycle_path(draft), cycle_path(draft, "subjects"), {{"email", people[3].email}}).status,
        303);
    const auto before = emails_to(people[3].email);

    const auto asked = admin.submit(form(), form(), {{"by", "emails"}, {"emails", typed}});
    ASSERT_EQ(asked.status, 200);
    EXPECT_TRUE(contains(asked.body, "Add 1 person as subjects?"));
    EXPECT_TRUE(contains(asked.body, "1 person is already a subject"));
    EXPECT_EQ(subjects_of(draft), (std::set<std::string>{people[3].email})) << "nothing happens before yes";

    const auto added =
        admin.submit(form(), form(), {{"by", "emails"}, {"emails", typed}, {"confirmed", "yes"}});
    ASSERT_EQ(added.status, 303);
    EXPECT_EQ(*added.header("Location"), cycle_path(draft) + "?done=subjects-added");
    EXPECT_EQ(subjects_of(draft), (std::set<std::string>{people[2].email, people[3].email}));
    EXPECT_EQ(emails_to(people[2].email), 1U) << "a new subject is written to once";
    EXPECT_EQ(emails_to(people[3].email), before) << "an existing subject is not written to again";
    const auto overview = app::CycleAdministration(site.store()).overview(draft).value();
    for (const auto& subject : overview.subjects) {
        EXPECT_GE(subject.nominated(), 1) << "each has their self-assessment";
    }
}

TEST_F(AddSubjectsPages, EveryoneWorkingInAUnitAndBelowItIsAddedButNotLeavers) {
    const auto units = site.store().people().units().value();
    const auto& top = units.front().path;
    const auto expected = working_in(top);
    ASSERT_GT(expected.size(), 1U);
    const auto asked = admin.submit(form(), form(), {{"by", "unit"}, {"unit", top}});
    ASSERT_EQ(asked.status, 200);
    EXPECT_TRUE(contains(asked.body, "Add " + std::to_string(expected.size()) + " people as subjects?"));
    ASSERT_EQ(admin.submit(form(), form(), {{"by", "unit"}, {"unit", top}, {"confirmed", "yes"}}).status,
              303);
    EXPECT_EQ(subjects_of(draft), expected);

    const auto again = admin.submit(form(), form(), {{"by", "unit"}, {"unit", top}});
    EXPECT_EQ(again.status, 400);
    EXPECT_TRUE(contains(again.body, "Everyone working in " + top + " is already a subject"));
}

TEST_F(AddSubjectsPages, AnUnknownUnitNothingChosenOrAClosedCycleIsRefusedWithTheReason) {
    const auto unknown = admin.submit(form(), form(), {{"by", "unit"}, {"unit", "Nowhere/Else"}});
    EXPECT_EQ(unknown.status, 400);
    EXPECT_TRUE(contains(unknown.body, "The people directory has no unit"));
    const auto none = admin.submit(form(), form(), {{"by", "unit"}, {"unit", ""}});
    EXPECT_EQ(none.status, 400);
    EXPECT_TRUE(contains(none.body, "Choose the unit whose people to add"));
    const auto empty = admin.submit(form(), form(), {{"by", "emails"}, {"emails", " \n "}});
    EXPECT_EQ(empty.status, 400);
    EXPECT_TRUE(contains(empty.body, "Enter at least one email address"));

    const auto published_form = cycle_path(published, "add-subjects");
    const auto closed = admin.submit(published_form, published_form,
                                     {{"by", "emails"}, {"emails", site.demo().people[5].email}});
    EXPECT_EQ(closed.status, 400);
    EXPECT_TRUE(contains(closed.body, "Subjects can only be added before the cycle closes"));
}

} // namespace
