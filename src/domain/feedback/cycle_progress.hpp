#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/feedback/cycle_settings.hpp"

namespace leadline::domain {

// How far one rater group of one subject has got.
struct GroupProgress {
    RaterGroup group = RaterGroup::Peer;
    int nominated = 0;
    int invited = 0;
    int submitted = 0;
    int minimum = 0; // answers needed before the group can be shown on its own
    // Fewer answers than the group needs: it will be merged or left out of the report unless more come.
    [[nodiscard]] bool under_minimum() const { return submitted < minimum; }
};

struct SubjectProgress {
    PersonId subject;
    std::string name;
    std::string email;
    std::vector<GroupProgress> groups; // every group the cycle uses, in report order
    [[nodiscard]] bool any_under_minimum() const;
    [[nodiscard]] int nominated() const;
    [[nodiscard]] int submitted() const;
};

// Counts for one subject and group as stored; `group` is empty for a subject nobody was nominated for.
struct ProgressCounts {
    PersonId subject;
    std::string name;
    std::string email;
    std::optional<RaterGroup> group;
    int nominated = 0;
    int invited = 0;
    int submitted = 0;
};

// Per subject, every group the cycle uses (zeros where no one was nominated), with each group's minimum,
// ordered by name. Counts for groups the cycle does not use are ignored.
[[nodiscard]] std::vector<SubjectProgress> summarise_progress(const CycleSettings& settings,
                                                              const std::vector<ProgressCounts>& counts);

} // namespace leadline::domain
