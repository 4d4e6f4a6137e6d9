#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/core/result.hpp"
#include "domain/core/strong_id.hpp"
#include "domain/talent/assessment.hpp"
#include "domain/talent/calibration.hpp"
#include "domain/talent/nine_box.hpp"

namespace leadline::app {

// Where a review is: line managers assess and propose placements, then a meeting calibrates them, then
// the placements are final.
enum class TalentReviewStage { Assessing, Calibrating, Closed };

[[nodiscard]] std::string_view to_string(TalentReviewStage stage);
[[nodiscard]] std::optional<TalentReviewStage> talent_review_stage_from(std::string_view text);

struct TalentReview {
    std::int64_t id = 0;
    std::string name;
    domain::FrameworkId framework;
    std::string framework_version;
    std::string population; // in words, as chosen: "Housing and the units within it"
    int minimum_group = 5;  // fairness figures show no group smaller than this
    TalentReviewStage stage = TalentReviewStage::Assessing;
    std::int64_t created_at = 0;
};

// One person of a review's population, with the line manager who assesses them (as the directory had
// them when the review began), the placement they proposed and the one that stands now.
struct ReviewMember {
    domain::PersonId person;
    std::optional<domain::PersonId> line_manager;
    domain::Placement proposed;
    domain::Placement now;
    int revision = 0; // one more with every change to `now`
};

struct StoredAssessment {
    domain::PersonId person;
    domain::PersonId assessor;
    domain::AssessorRole role = domain::AssessorRole::LineManager;
    std::vector<domain::IndicatorRating> ratings;
    std::int64_t updated_at = 0;
};

// A change of placement made in calibration, and why.
struct PlacementMove {
    domain::PersonId person;
    domain::Placement from;
    domain::Placement to;
    std::string reason;
    domain::PersonId proposed_by;
    std::int64_t at = 0;
};

// What a person said when they disagreed with what their review says about them.
struct Disagreement {
    domain::PersonId person;
    std::string said;
    std::int64_t at = 0;
};

class TalentReviewRepository {
  public:
    virtual ~TalentReviewRepository() = default;

    // A new review with its population, everyone not placed yet; returns its id.
    [[nodiscard]] virtual domain::Result<std::int64_t>
    create_review(const TalentReview& review, const std::vector<ReviewMember>& members) = 0;
    // Every review, newest first.
    [[nodiscard]] virtual domain::Result<std::vector<TalentReview>> reviews() = 0;
    [[nodiscard]] virtual domain::Result<std::optional<TalentReview>> review(std::int64_t id) = 0;
    [[nodiscard]] virtual domain::Result<void> set_stage(std::int64_t review, TalentReviewStage stage) = 0;
    // The population, ordered by person id.
    [[nodiscard]] virtual domain::Result<std::vector<ReviewMember>> members(std::int64_t review) = 0;
    // One person of the population; nothing when the review does not include them.
    [[nodiscard]] virtual domain::Result<std::optional<ReviewMember>> member(std::int64_t review,
                                                                             domain::PersonId person) = 0;

    // Replaces what this assessor wrote about this person.
    [[nodiscard]] virtual domain::Result<void> save_assessment(std::int64_t review,
                                                               const StoredAssessment& assessment) = 0;
    [[nodiscard]] virtual domain::Result<std::vector<StoredAssessment>> assessments(std::int64_t review) = 0;

    // Sets the proposed placement and the current one together (before the meeting).
    [[nodiscard]] virtual domain::Result<void> propose_placement(std::int64_t review, domain::PersonId person,
                                                                 const domain::Placement& placement) = 0;
    // Moves the current placement and records the move, only if its revision is still `seen`; false
    // (nothing written) when someone changed it first.
    [[nodiscard]] virtual domain::Result<bool> move_placement(std::int64_t review, const PlacementMove& move,
                                                              int seen) = 0;
    // Every move, in the order made.
    [[nodiscard]] virtual domain::Result<std::vector<PlacementMove>> moves(std::int64_t review) = 0;

    // Replaces this reviewer's view on this person.
    [[nodiscard]] virtual domain::Result<void>
    save_view(std::int64_t review, const domain::PreMeetingView& view, std::int64_t at) = 0;
    [[nodiscard]] virtual domain::Result<std::vector<domain::PreMeetingView>> views(std::int64_t review) = 0;

    // Replaces what this person said about their own review.
    [[nodiscard]] virtual domain::Result<void> save_disagreement(std::int64_t review,
                                                                 const Disagreement& disagreement) = 0;
    // Everyone's, by person id.
    [[nodiscard]] virtual domain::Result<std::vector<Disagreement>> disagreements(std::int64_t review) = 0;
};

} // namespace leadline::app
