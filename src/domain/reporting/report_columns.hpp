#pragma once

#include <optional>
#include <span>
#include <vector>

#include "domain/reporting/individual_report.hpp"

namespace leadline::domain {

// Which column each rater's answers go to, applying the anonymity policy: a group too small to be
// shown alone (and an unidentified line manager) goes into "other raters", which in turn is shown
// only when it reaches the strictest group minimum.
struct ReportColumns {
    std::vector<ReportedGroup> groups;
    std::vector<int> minimums;                 // the answers a cell of each column needs to be shown
    std::vector<std::optional<int>> column_of; // per response; empty for the self-view and left out
    std::optional<std::size_t> self;           // the self-view's response
    bool some_group_merged = false;
    bool some_group_left_out = false;
};

[[nodiscard]] ReportColumns assign_columns(std::span<const SubmittedAnswers> responses,
                                           const AnonymityPolicy& policy);

} // namespace leadline::domain
