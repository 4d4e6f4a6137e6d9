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
        const bool asked = i % 3 != 0;
        subject.groups = {{domain::RaterGroup::Self, 1, 1, 1, 1},
                          {domain::RaterGroup::Peer, asked ? 3 : 0, asked ? 3 : 0, asked ? 3 : 0, 3}};
        subjects.push_back(subject);
    }
    return subjects;
}

} // namespace

TEST(ProgressSelection, AQueryForEveryoneShowsTheFirstFiftyAndCountsTheWholeCycle) {
    const auto subjects = cycle_of_120();
    const auto selection = app::select_progress(subjects, {});
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
    const auto second = app::select_progress(subjects, {std::nullopt, "", 2});
    EXPECT_EQ(second.shown.front()->name, "Subject 050");
    const auto beyond = app::select_progress(subjects, {std::nullopt, "", 99});
    EXPECT_EQ(beyond.page, 3U);
    EXPECT_EQ(beyond.shown.size(), 20U);
}

TEST(ProgressSelection, StandingAndSearchNarrowTogether) {
    const auto subjects = cycle_of_120();
    const auto not_nominated = app::select_progress(subjects, {SubjectStanding::NotNominated, "", 1});
    EXPECT_EQ(not_nominated.matching, 40U);
    for (const auto* subject : not_nominated.shown) {
        EXPECT_EQ(subject->standing(), SubjectStanding::NotNominated) << subject->name;
    }
    // "subject 11" (any case) is in 110 to 119 (011 reads "subject 011"); 111, 114 and 117 asked no one.
    EXPECT_EQ(app::select_progress(subjects, {std::nullopt, "SUBJECT 11", 1}).matching, 10U);
    EXPECT_EQ(app::select_progress(subjects, {SubjectStanding::NotNominated, "subject 11", 1}).matching, 3U);
    EXPECT_EQ(app::select_progress(subjects, {std::nullopt, "s7@council", 1}).matching, 1U) << "by email too";
}

TEST(ProgressSelection, TheCsvHoldsEveryMatchOnEveryPage) {
    auto subjects = cycle_of_120();
    subjects[1].name = "=Subject 001";
    const auto csv = app::progress_csv(subjects, {SubjectStanding::Complete, "", 3});
    EXPECT_EQ(csv.substr(0, csv.find('\n')),
              "name,email,standing,self_answered,self_invited,self_nominated,self_minimum,peer_answered,"
              "peer_invited,peer_nominated,peer_minimum");
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 81) << "a header and the 80 complete subjects";
    EXPECT_NE(csv.find("\"'=Subject 001\",s1@council.example,complete,1,1,1,1,3,3,3,3\n"), std::string::npos);
}

TEST(ProgressSelection, AStandingIsReadFromItsNameOnly) {
    EXPECT_EQ(app::standing_from_string("too-few-asked"), SubjectStanding::TooFewAsked);
    EXPECT_EQ(app::standing_from_string("waiting"), SubjectStanding::WaitingForAnswers);
    EXPECT_FALSE(app::standing_from_string("Complete").has_value());
    EXPECT_FALSE(app::standing_from_string("").has_value());
}
