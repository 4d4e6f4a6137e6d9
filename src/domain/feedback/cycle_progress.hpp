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
    // Whether the group is expected in the report: the subject asked someone in it, or the cycle needs it
    // from everyone (their self-assessment, and their line manager, whom the directory knows).
    [[nodiscard]] bool asked() const {
        return group == RaterGroup::Self || group == RaterGroup::LineManager || nominated > 0;
    }
    // An expected group with fewer answers than it needs: it will be merged or left out of the report
    // unless more come. A group nobody was asked in (a subject with no direct reports) is not under its
    // minimum: it is simply not in the report.
    [[nodiscard]] bool under_minimum() const { return asked() && submitted < minimum; }
};

// Where a subject stands, for finding whom to chase: each subject is in exactly one.
enum class SubjectStanding {
    NotNominated,      // asked no one but themselves
    TooFewAsked,       // some group has fewer people asked than its minimum: answers alone cannot fix it
    WaitingForAnswers, // enough asked, answers still to come (the self-assessment included)
    Complete,          // every group asked, and the self-assessment, has at least its minimum of answers
};
[[nodiscard]] std::string_view to_string(SubjectStanding standing);

struct SubjectProgress {
    PersonId subject;
    std::string name;
    std::string email;
    std::string unit;                  // the path of their unit in the directory ("Housing/Repairs")
    std::vector<GroupProgress> groups; // every group the cycle uses, in report order
    [[nodiscard]] bool any_under_minimum() const;
    [[nodiscard]] SubjectStanding standing() const;
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
    std::string unit; // the path of the subject's unit
};

// Per subject, every group the cycle uses (zeros where no one was nominated), with each group's minimum,
// ordered by name. Counts for groups the cycle does not use are ignored.
[[nodiscard]] std::vector<SubjectProgress> summarise_progress(const CycleSettings& settings,
                                                              const std::vector<ProgressCounts>& counts);

} // namespace leadline::domain
