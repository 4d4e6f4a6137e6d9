// Choosing which subjects a cycle's progress shows: by standing, by name or email, a page at a time.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

#include "app/feedback/progress_selection.hpp"

using namespace leadline;
using domain::SubjectStanding;

namespace {

// 120 subjects "Subject 000" to "Subject 119": every third has asked no one, the rest are complete.
std::vector<domain::SubjectProgress> cycle_of_120() {
    std::vector<domain::SubjectProgress> subjects;
    for (int i = 0; i < 120; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "Subject %03d", i);
        domain::SubjectProgress subject;
        subject.subject = domain::PersonId{i + 1};
        subject.name = name;
        subject.email = "s" + std::to_string(i) + "@council.example";
        // Alternately in two teams of Housing, and every tenth in "Housing Benefit", which is not Housing.
        subject.unit = i % 10 == 0 ? "Housing Benefit" : i % 2 == 0 ? "Housing/Repairs" : "Housing/Lettings";
        const bool asked = i % 3 != 0;
        subject.groups = {{domain::RaterGroup::Self, 1, 1, 1, 1},
                          {domain::RaterGroup::Peer, asked ? 3 : 0, asked ? 3 : 0, asked ? 3 : 0, 3}};
        subjects.push_back(subject);
    }
    return subjects;
}

app::ProgressQuery query(std::optional<SubjectStanding> standing = std::nullopt, std::string find = "",
                         std::size_t page = 1, std::string unit = "",
                         app::ProgressSort sort = app::ProgressSort::Name) {
    return {standing, std::move(find), page, std::move(unit), sort};
}

} // namespace

TEST(ProgressSelection, AQueryForEveryoneShowsTheFirstFiftyAndCountsTheWholeCycle) {
    const auto subjects = cycle_of_120();
    const auto selection = app::select_progress(subjects, query());
    EXPECT_EQ(selection.matching, 120U);
    EXPECT_EQ(selection.pages, 3U);
    ASSERT_EQ(selection.shown.size(), app::progress_page_size);
    EXPECT_EQ(selection.shown.front()->name, "Subject 000");
    EXPECT_EQ(selection.totals.subjects, 120U);
    EXPECT_EQ(selection.totals.by_standing[static_cast<std::size_t>(SubjectStanding::NotNominated)], 40U);
    EXPECT_EQ(selection.totals.by_standing[static_cast<std::size_t>(SubjectStanding::Complete)], 80U);
    EXPECT_EQ(selection.totals.nominated, 120 + 80 * 3);
}

TEST(ProgressSelection, APageBeyondTheLastShowsTheLast) {
    const auto subjects = cycle_of_120();
    const auto second = app::select_progress(subjects, query(std::nullopt, "", 2));
    EXPECT_EQ(second.shown.front()->name, "Subject 050");
    const auto beyond = app::select_progress(subjects, query(std::nullopt, "", 99));
    EXPECT_EQ(beyond.page, 3U);
    EXPECT_EQ(beyond.shown.size(), 20U);
}

TEST(ProgressSelection, StandingAndSearchNarrowTogether) {
    const auto subjects = cycle_of_120();
    const auto not_nominated = app::select_progress(subjects, query(SubjectStanding::NotNominated, "", 1));
    EXPECT_EQ(not_nominated.matching, 40U);
    for (const auto* subject : not_nominated.shown) {
        EXPECT_EQ(subject->standing(), SubjectStanding::NotNominated) << subject->name;
    }
    // "subject 11" (any case) is in 110 to 119 (011 reads "subject 011"); 111, 114 and 117 asked no one.
    EXPECT_EQ(app::select_progress(subjects, query(std::nullopt, "SUBJECT 11", 1)).matching, 10U);
    EXPECT_EQ(app::select_progress(subjects, query(SubjectStanding::NotNominated, "subject 11", 1)).matching,
              3U);
    EXPECT_EQ(app::select_progress(subjects, query(std::nullopt, "s7@council", 1)).matching, 1U)
        << "by email too";
}

TEST(ProgressSelection, TheCsvHoldsEveryMatchOnEveryPage) {
    auto subjects = cycle_of_120();
    subjects[1].name = "=Subject 001";
    const auto csv = app::progress_csv(subjects, query(SubjectStanding::Complete, "", 3));
    EXPECT_EQ(csv.substr(0, csv.find('\n')),
              "name,email,unit,standing,self_answered,self_invited,self_nominated,self_minimum,peer_answered,"
              "peer_invited,peer_nominated,peer_minimum");
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 81) << "a header and the 80 complete subjects";
    EXPECT_NE(csv.find("\"'=Subject 001\",s1@council.example,Housing/Lettings,complete,1,1,1,1,3,3,3,3\n"),
              std::string::npos);
}

TEST(ProgressSelection, AStandingIsReadFromItsNameOnly) {
    EXPECT_EQ(app::standing_from_string("too-few-asked"), SubjectStanding::TooFewAsked);
    EXPECT_EQ(app::standing_from_string("waiting"), SubjectStanding::WaitingForAnswers);
    EXPECT_FALSE(app::standing_from_string("Complete").has_value());
    EXPECT_FALSE(app::standing_from_string("").has_value());
}

TEST(ProgressSelection, AUnitHoldsTheUnitsBelowItButNotAUnitThatOnlyStartsWithItsName) {
    const auto subjects = cycle_of_120();
    EXPECT_EQ(app::select_progress(subjects, query(std::nullopt, "", 1, "Housing")).matching, 108U)
        << "Repairs and Lettings, not Housing Benefit";
    EXPECT_EQ(app::select_progress(subjects, query(std::nullopt, "", 1, "Housing/Repairs")).matching, 48U);
    EXPECT_EQ(app::select_progress(subjects, query(std::nullopt, "", 1, "Housing Benefit")).matching, 12U);
    EXPECT_EQ(app::select_progress(subjects, query(std::nullopt, "", 1, "Parks")).matching, 0U);
    // Every third asked no one: of Housing Benefit's 0, 10, ..., 110, those divisible by 3 are 0, 30, 60, 90.
    EXPECT_EQ(app::select_progress(subjects, query(SubjectStanding::NotNominated, "", 1, "Housing Benefit"))
                  .matching,
              4U);
}

TEST(ProgressSelection, TheUnitsListedCountTheirSubjectsAndThoseBelow) {
    const auto units = app::units_of(cycle_of_120());
    ASSERT_EQ(units.size(), 4U);
    EXPECT_EQ(units[0].path, "Housing");
    EXPECT_EQ(units[0].subjects, 108U);
    EXPECT_EQ(units[1].path, "Housing Benefit");
    EXPECT_EQ(units[1].subjects, 12U);
    EXPECT_EQ(units[2].path, "Housing/Lettings");
    EXPECT_EQ(units[2].subjects, 60U);
    EXPECT_EQ(units[3].path, "Housing/Repairs");
    EXPECT_EQ(units[3].subjects, 48U);
}

TEST(ProgressSelection, OrdersPutTheFurthestBehindOrFewestAnsweredFirstAndKeepNamesInOrderWithin) {
    auto subjects = cycle_of_120();
    subjects[5].groups[1].submitted = 1; // Subject 005: peers asked, one answered so far
    const auto behind =
        app::select_progress(subjects, query(std::nullopt, "", 1, "", app::ProgressSort::Standing));
    EXPECT_EQ(behind.shown[0]->name, "Subject 000");
    EXPECT_EQ(behind.shown[1]->name, "Subject 003") << "those who asked no one first, by name";
    const auto last_page =
        app::select_progress(subjects, query(std::nullopt, "", 3, "", app::ProgressSort::Standing));
    EXPECT_EQ(last_page.shown.back()->standing(), SubjectStanding::Complete);
    const auto waiting = std::find_if(behind.shown.begin(), behind.shown.end(), [](const auto* subject) {
        return subject->standing() == SubjectStanding::WaitingForAnswers;
    });
    ASSERT_NE(waiting, behind.shown.end());
    EXPECT_EQ((*waiting)->name, "Subject 005") << "waiting comes after not nominated";
    EXPECT_EQ(waiting - behind.shown.begin(), 40) << "after the 40 who asked no one";

    const auto fewest =
        app::select_progress(subjects, query(std::nullopt, "", 1, "", app::ProgressSort::FewestAnswers));
    EXPECT_EQ(fewest.shown[0]->submitted(), 1) << "only the self-assessment";
    EXPECT_EQ(fewest.shown[40]->name, "Subject 005") << "two answers: next after the 40 with one";
    const auto by_unit =
        app::select_progress(subjects, query(std::nullopt, "", 1, "", app::ProgressSort::Unit));
    EXPECT_EQ(by_unit.shown[0]->unit, "Housing Benefit");
    EXPECT_EQ(by_unit.shown[0]->name, "Subject 000");
    EXPECT_EQ(by_unit.shown[12]->unit, "Housing/Lettings");
}

TEST(ProgressSelection, AnOrderIsReadFromItsNameAndAnyOtherTextMeansByName) {
    EXPECT_EQ(app::progress_sort_from_string("fewest-answers"), app::ProgressSort::FewestAnswers);
    EXPECT_EQ(app::progress_sort_from_string("standing"), app::ProgressSort::Standing);
    EXPECT_EQ(app::progress_sort_from_string("unit"), app::ProgressSort::Unit);
    EXPECT_EQ(app::progress_sort_from_string("Unit"), app::ProgressSort::Name);
    EXPECT_EQ(app::to_string(app::ProgressSort::FewestAnswers), "fewest-answers");
}
