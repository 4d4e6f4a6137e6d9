#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/ports/store.hpp"
#include "app/ports/talent_review_repository.hpp"
#include "app/reporting/published_reports.hpp"
#include "domain/talent/nine_box.hpp"

namespace leadline::app {

// What a person's latest published 360 says, for showing beside their talent assessment.
struct ThreeSixtyFigures {
    std::string cycle_name;
    const SubjectReport* report = nullptr; // lives as long as the ThreeSixty that gave it
    int raters = 0;                        // others who answered: every group but the person's own view
};

// The 360 figures of everyone who was a subject of a published cycle, from the latest such cycle each
// was in (cycles are walked newest first).
class ThreeSixty {
  public:
    [[nodiscard]] static domain::Result<ThreeSixty> gather(Store& store, PublishedReports& published);
    [[nodiscard]] std::optional<ThreeSixtyFigures> of(domain::PersonId person) const;

  private:
    std::vector<std::shared_ptr<const CycleReportSet>> m_sets;
    std::unordered_map<std::int64_t, ThreeSixtyFigures> m_people;
};

// One person of a review as the meeting sees them.
struct BoardRow {
    ReviewMember member;
    std::string name;
    std::string manager_name; // empty when they have no line manager in the directory
    std::string unit;
    std::string grade;
    bool assessed = false;                // their line manager has saved an assessment
    bool put_forward = false;             // they wrote a self-assessment
    std::optional<domain::Box> suggested; // from the line manager's ratings
    domain::EvidenceBase evidence;
    int views = 0; // reviewers' views before the meeting
    int views_disagreeing = 0;
    int moves = 0;
    bool disagrees = false; // told HR they disagree, once the review closed
};

struct TalentBoard {
    TalentReview review;
    std::vector<BoardRow> rows;                                      // by name
    std::vector<std::pair<domain::PersonId, std::string>> reviewers; // line managers, by name
};

// Everything the review's pages list, read in one go. NotFound for no such review.
[[nodiscard]] domain::Result<TalentBoard> talent_board(Store& store, const domain::Framework& framework,
                                                       const ThreeSixty& three_sixty, std::int64_t review);

} // namespace leadline::app
