#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/frameworks/framework_catalog.hpp"
#include "app/ports/store.hpp"
#include "domain/people/equality.hpp"
#include "domain/talent/calibration.hpp"
#include "domain/talent/fairness.hpp"

namespace leadline::app {

// Whom a review covers: a unit and the units within it, everyone on a grade, everyone who was a subject of
// a 360 cycle, or everyone. People who have left are never included.
enum class PopulationKind { Unit, Grade, Cycle, Everyone };

struct PopulationChoice {
    PopulationKind kind = PopulationKind::Everyone;
    std::int64_t unit_or_cycle = 0; // the unit's or the cycle's id
    std::string grade;              // as the directory spells it, any case
};

struct NewTalentReview {
    std::string name;
    PopulationChoice population;
    int minimum_group = 5;
};

// Starts a review on a talent-review framework (its text kept, as a cycle keeps its framework), everyone
// in the population not placed yet, each with the line manager the directory gives them now. InvalidInput
// for an empty name, a framework not meant for talent reviews, a minimum group below 2 or a population
// with nobody in it; NotFound for an unknown unit or cycle.
[[nodiscard]] domain::Result<std::int64_t> start_talent_review(Store& store, const LoadedFramework& framework,
                                                               const NewTalentReview& review,
                                                               std::int64_t now);

// Moves the review on: from assessing to calibrating, or from calibrating to closed. FailedPrecondition for
// any other change, with what stage it is in; NotFound for no such review.
[[nodiscard]] domain::Result<void> advance_talent_review(Store& store, std::int64_t review,
                                                         TalentReviewStage to);

// Saves what an assessor wrote about one person of the review: their line manager in the review (whose
// ratings place them), or the person themselves. NotFound when the review does not include the person
// or the assessor is neither (so a guessed id tells nothing); FailedPrecondition once calibration began;
// InvalidInput listing each problem (domain::assessment_problems) when it cannot be saved.
[[nodiscard]] domain::Result<void> save_talent_assessment(Store& store, const domain::Framework& framework,
                                                          std::int64_t review, domain::PersonId person,
                                                          domain::PersonId assessor,
                                                          const std::vector<domain::IndicatorRating>& ratings,
                                                          std::int64_t now);

// The line manager's proposed placement, before the meeting. Same NotFound and FailedPrecondition as
// above; InvalidInput for "not placed".
[[nodiscard]] domain::Result<void> propose_talent_placement(Store& store, std::int64_t review,
                                                            domain::PersonId person, domain::PersonId by,
                                                            const domain::Placement& placement);

// A move in the meeting (the review must be calibrating): checked by domain::check_move, then made only if
// nobody changed the placement since the proposer saw it (Conflict otherwise, saying what it is now).
[[nodiscard]] domain::Result<void> move_talent_placement(Store& store, std::int64_t review,
                                                         const domain::MoveRequest& move, std::int64_t now);

// The people of the review one reviewer (a line manager of someone in it) may see before and in the
// meeting: everyone except themselves, their own people (whose placements they proposed), their peers
// (people with the same line manager) and the people above them in their line, so that nobody judges
// their own proposals or reads a colleague's or their own manager's assessment. NotFound when
// the person is not a reviewer of this review.
[[nodiscard]] domain::Result<std::vector<ReviewMember>> reviewer_population(Store& store, std::int64_t review,
                                                                            domain::PersonId reviewer);

// Records a reviewer's view on one proposed placement before the meeting. NotFound when the person is not
// in the reviewer's population (as above); FailedPrecondition once calibration began; InvalidInput for a
// disagreement without a note (the meeting needs to know what to ask) or a note over 1,000 characters.
[[nodiscard]] domain::Result<void> record_pre_meeting_view(Store& store, std::int64_t review,
                                                           const domain::PreMeetingView& view,
                                                           std::int64_t now);

// Keeps what a person says when they disagree with what their closed review says about them, replacing
// what they said before. NotFound when the review does not include them; FailedPrecondition before the
// review closes (their placement is not theirs to see yet); InvalidInput for nothing said or over 2,000
// characters.
[[nodiscard]] domain::Result<void> record_disagreement(Store& store, std::int64_t review,
                                                       domain::PersonId person, const std::string& said,
                                                       std::int64_t now);

// The fairness of the review's placements for one characteristic: the top boxes, high potential, and moves
// down.
struct TalentFairness {
    domain::EqualityField field = domain::EqualityField::Sex;
    domain::FairnessCheck top_boxes;
    domain::FairnessCheck high_potential;
    domain::FairnessCheck moved_down;
};

// One TalentFairness for each characteristic the organisation records, in the order of
// domain::equality_fields, with the review's minimum group size.
[[nodiscard]] domain::Result<std::vector<TalentFairness>> talent_fairness(Store& store, std::int64_t review);

// Each line manager's proposals for one characteristic: of the people they proposed a box for, how many
// they proposed for a top box and how many as high potential, group by group
// (domain::check_fairness_by_reviewer's hiding). Where one reviewer rates a group lower than colleagues do,
// it shows here before the meeting averages it away.
struct ReviewerFairness {
    domain::PersonId reviewer;
    domain::FairnessCheck proposed_top_boxes;
    domain::FairnessCheck proposed_high_potential;
};

struct FairnessByReviewer {
    domain::EqualityField field = domain::EqualityField::Sex;
    std::vector<ReviewerFairness> reviewers; // in order of first appearance in the population
};

[[nodiscard]] domain::Result<std::vector<FairnessByReviewer>>
talent_fairness_by_reviewer(Store& store, std::int64_t review);

// Both of the above from one reading of the review: what the fairness page shows.
struct TalentFairnessReport {
    std::vector<TalentFairness> overall;
    std::vector<FairnessByReviewer> by_reviewer; // same characteristics, same order
};

[[nodiscard]] domain::Result<TalentFairnessReport> talent_fairness_report(Store& store, std::int64_t review);

// Two characteristics together (domain::check_intersection): the combinations' top boxes and high
// potential. NotFound for no such review; InvalidInput when the two are the same or the organisation
// does not record one of them.
struct TalentIntersection {
    domain::EqualityField first = domain::EqualityField::Sex;
    domain::EqualityField second = domain::EqualityField::Ethnicity;
    domain::FairnessCheck top_boxes;
    domain::FairnessCheck high_potential;
};

[[nodiscard]] domain::Result<TalentIntersection> talent_intersection(Store& store, std::int64_t review,
                                                                     domain::EqualityField first,
                                                                     domain::EqualityField second);

// How each line manager's proposals came through calibration, and everyone's (last).
[[nodiscard]] domain::Result<std::vector<domain::ReviewerDrift>> talent_drift(Store& store,
                                                                              std::int64_t review);

} // namespace leadline::app
