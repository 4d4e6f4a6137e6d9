#pragma once

#include <span>
#include <vector>

#include "domain/development/pulse.hpp"

namespace leadline::domain {

// One attribute across a pulse round's subjects, for those who design development: how the subjects who
// worked on it changed there, and how those who were asked about it only for comparison changed.
struct ProgrammeArea {
    AttributeId attribute;
    Summary as_focus;      // one value per subject: their raters' mean change where it was a focus
    Summary as_comparison; // the same where it was asked for comparison
};

// A round across the organisation. Only subjects whose own result could be shown count (their round met
// its minimum, and the area its minimum), and an attribute's figure is shown only from `minimum_subjects`
// subjects (as_focus.n, as_comparison.n), so that no single person's result can be read off it.
struct ProgrammePulse {
    int subjects_asked = 0;
    int subjects_shown = 0; // enough answers to show their own result
    int more_in_focus = 0;  // the honest comparison's readings, over subjects_shown
    int not_clear = 0;
    int less_in_focus = 0;
    int too_few = 0;
    std::vector<ProgrammeArea> areas; // in order of first appearance in `results`
};

// Puts a round's results together, the subject as the unit; each Summary's interval is cut to −3..+3.
[[nodiscard]] ProgrammePulse programme_pulse(std::span<const PulseResult> results);

} // namespace leadline::domain
