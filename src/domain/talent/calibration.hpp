#pragma once

#include <array>
#include <span>
#include <string>
#include <vector>

#include "domain/core/result.hpp"
#include "domain/core/strong_id.hpp"
#include "domain/talent/nine_box.hpp"

namespace leadline::domain {

// A reviewer's view of one proposed placement, recorded before the meeting and before seeing anyone
// else's, so that the first voice heard does not set the rest.
struct PreMeetingView {
    PersonId reviewer;
    PersonId person;
    bool agrees = true;
    std::string note; // optional: why not, or what the meeting should ask
};

// The views one reviewer may see: all of their own, and others' only about people they have recorded
// their own view on. Before the meeting nobody sees a view on a person they have not judged yet.
[[nodiscard]] std::vector<PreMeetingView> visible_views(std::span<const PreMeetingView> views,
                                                        PersonId viewer);

inline constexpr std::size_t longest_reason = 1000;

// A move proposed in the meeting: where to, why, by whom, and the revision of the placement the
// proposer was looking at.
struct MoveRequest {
    PersonId person;
    Placement to;
    std::string reason;
    PersonId proposed_by;
    int revision_seen = 0;
};

// A placement as it stands, with its revision (one more with every change).
struct CurrentPlacement {
    Placement placement;
    int revision = 0;
};

// Whether the move may be made. InvalidInput, with a message for the meeting, when the person is not in
// the review's population, the reason is empty or over 1,000 characters, or the move changes nothing;
// Conflict when the placement changed since the proposer saw it (the message says what it is now, so
// nobody overwrites a colleague's change without seeing it).
[[nodiscard]] Result<void> check_move(const MoveRequest& move, const CurrentPlacement& current,
                                      bool in_population);

// One person's placement before calibration (as the assessor proposed it) and after, with the line
// manager who proposed it.
struct CalibrationOutcome {
    PersonId reviewer;
    Placement before;
    Placement after;
};

// How one reviewer's proposals came through the meeting: the boxes before and after (people too new to
// assess or not placed are counted apart), how many moved which way, and how many moved towards the
// middle box, the drift calibration meetings are known for.
struct ReviewerDrift {
    PersonId reviewer;
    int people = 0;
    std::array<int, box_count> before{};
    std::array<int, box_count> after{};
    int unplaced_before = 0;
    int unplaced_after = 0;
    int moved_up = 0;
    int moved_down = 0;
    int moved_across = 0;
    int towards_middle = 0; // both before and after in a box, the after box nearer the middle
    int away_from_middle = 0;
    [[nodiscard]] double middle_share_before() const;
    [[nodiscard]] double middle_share_after() const;
};

// One ReviewerDrift per reviewer, in order of first appearance, and a last one for everyone together
// (its reviewer is the default id 0).
[[nodiscard]] std::vector<ReviewerDrift> drift_by_reviewer(std::span<const CalibrationOutcome> outcomes);

} // namespace leadline::domain
