#pragma once

#include <string>
#include <vector>

#include "app/frameworks/framework_cache.hpp"
#include "app/ports/store.hpp"
#include "app/reporting/cycle_reports.hpp"
#include "domain/matching/mentor_matching.hpp"

namespace leadline::app {

struct MentoringSettings {
    domain::CycleId cycle;
    int capacity = 2; // mentees per mentor
    bool prefer_other_department = true;
    bool prefer_more_senior = true;
};

struct MentoringMatch {
    std::string mentee_name;
    std::string mentee_email;
    std::string mentor_name;
    std::string mentor_email;
    double fit = 0.0;
    std::string reason; // "Strong in Collaborating, which Sam wants to develop; different department."
};

struct MentoringPlan {
    std::string cycle_name;
    std::vector<MentoringMatch> matches;
    std::vector<MentoringMatch> unmatched; // mentees no allowed mentor with room fits: mentor fields empty
    std::size_t mentors = 0;               // subjects offering at least one strength
};

// Mentor matching for a published cycle. Mentees: its subjects, developing their reports' focus
// areas. Mentors: its subjects, strong where others rate them above the cycle's average for an
// attribute (by how much), each taking up to `capacity` mentees. Never matched: someone with
// themselves, with anyone in their line chain, with someone of their own team, or with someone
// nominated to rate them in the cycle. Method: docs/methodology/matching.md.
[[nodiscard]] domain::Result<MentoringPlan> plan_mentoring(Store& store, FrameworkCache& frameworks,
                                                           const MentoringSettings& settings);
// The same from reports already computed (a server keeps them from publication on).
[[nodiscard]] domain::Result<MentoringPlan> plan_mentoring(Store& store, const CycleReportSet& reports,
                                                           const MentoringSettings& settings);

[[nodiscard]] std::string mentoring_text(const MentoringPlan& plan);
[[nodiscard]] std::string mentoring_csv(const MentoringPlan& plan);

} // namespace leadline::app
