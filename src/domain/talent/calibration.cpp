#include "domain/talent/calibration.hpp"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <set>

#include "domain/core/text.hpp"

namespace leadline::domain {

namespace {

// Steps from the middle box, counting each axis (0 in the middle, 2 in a corner).
int distance_from_middle(Box box) {
    return std::abs(static_cast<int>(box.performance) - 1) + std::abs(static_cast<int>(box.potential) - 1);
}

void count(ReviewerDrift& drift, const CalibrationOutcome& outcome) {
    ++drift.people;
    const bool was_placed = outcome.before.status == PlacementStatus::Placed;
    const bool is_placed = outcome.after.status == PlacementStatus::Placed;
    was_placed ? ++drift.before.at(box_index(outcome.before.box)) : ++drift.unplaced_before;
    is_placed ? ++drift.after.at(box_index(outcome.after.box)) : ++drift.unplaced_after;
    switch (move_direction(outcome.before, outcome.after)) {
    case MoveDirection::Up:
        ++drift.moved_up;
        break;
    case MoveDirection::Down:
        ++drift.moved_down;
        break;
    case MoveDirection::Across:
        ++drift.moved_across;
        break;
    case MoveDirection::StatusChange:
    case MoveDirection::None:
        break;
    }
    if (was_placed && is_placed) {
        const int before = distance_from_middle(outcome.before.box);
        const int after = distance_from_middle(outcome.after.box);
        drift.towards_middle += after < before ? 1 : 0;
        drift.away_from_middle += after > before ? 1 : 0;
    }
}

double middle_share(const std::array<int, box_count>& boxes) {
    int placed = 0;
    for (const int each : boxes) {
        placed += each;
    }
    const auto middle = boxes.at(box_index(Box{Band::Moderate, Band::Moderate}));
    return placed == 0 ? 0.0 : static_cast<double>(middle) / placed;
}

} // namespace

std::vector<PreMeetingView> visible_views(std::span<const PreMeetingView> views, PersonId viewer) {
    std::set<PersonId> judged;
    for (const auto& view : views) {
        if (view.reviewer == viewer) {
            judged.insert(view.person);
        }
    }
    std::vector<PreMeetingView> visible;
    for (const auto& view : views) {
        if (judged.count(view.person) != 0) {
            visible.push_back(view);
        }
    }
    return visible;
}

Result<void> check_move(const MoveRequest& move, const CurrentPlacement& current, bool in_population) {
    if (!in_population) {
        return fail(ErrorCode::InvalidInput,
                    "This person is not in the review's population, so the meeting cannot place them.");
    }
    if (current.revision != move.revision_seen) {
        return fail(ErrorCode::Conflict,
                    "Someone changed this placement while you were looking at it: it is now " +
                        placement_description(current.placement) +
                        ". Check it, then move it again if you still want to.");
    }
    if (move.to == current.placement) {
        return fail(ErrorCode::InvalidInput, "The placement is already " +
                                                 placement_description(current.placement) +
                                                 "; choose another.");
    }
    if (move.to.status == PlacementStatus::NotPlaced) {
        return fail(ErrorCode::InvalidInput, "Choose a box, or \"Too new to assess\".");
    }
    const auto reason = written_length(move.reason);
    if (reason == 0) {
        return fail(
            ErrorCode::InvalidInput,
            "Say why the placement moves: the evidence the meeting relied on, so the person can be told.");
    }
    if (reason > longest_reason) {
        return fail(ErrorCode::InvalidInput,
                    "Keep the reason to " + std::to_string(longest_reason) + " characters.");
    }
    return {};
}

double ReviewerDrift::middle_share_before() const {
    return middle_share(before);
}
double ReviewerDrift::middle_share_after() const {
    return middle_share(after);
}

std::vector<ReviewerDrift> drift_by_reviewer(std::span<const CalibrationOutcome> outcomes) {
    std::vector<ReviewerDrift> drifts;
    ReviewerDrift everyone;
    for (const auto& outcome : outcomes) {
        auto found = std::find_if(drifts.begin(), drifts.end(), [&](const ReviewerDrift& drift) {
            return drift.reviewer == outcome.reviewer;
        });
        if (found == drifts.end()) {
            drifts.push_back(ReviewerDrift{});
            drifts.back().reviewer = outcome.reviewer;
            found = std::prev(drifts.end());
        }
        count(*found, outcome);
        count(everyone, outcome);
    }
    drifts.push_back(everyone);
    return drifts;
}

} // namespace leadline::domain
