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
    // A CSV file of what people chose or declared (read_mentoring_choices): chosen development areas
    // replace a report's focus areas, declared strengths add to the report's, anyone in the directory
    // may take part, and a person's own capacity replaces `capacity`. Empty when there is none.
    std::string choices_csv;
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
// areas, and anyone who chose areas. Mentors: its subjects, strong where others rate them above the
// cycle's average for an attribute (by how much), and anyone who declared strengths, each taking up
// to their capacity. Never matched: someone with themselves, with anyone in their line chain, with
// someone of their own team, or with someone nominated to rate them in the cycle. Method:
// docs/methodology/matching.md.
[[nodiscard]] domain::Result<MentoringPlan> plan_mentoring(Store& store, FrameworkCache& frameworks,
                                                           const MentoringSettings& settings);
// The same from reports already computed (a server keeps them from publication on).
[[nodiscard]] domain::Result<MentoringPlan> plan_mentoring(Store& store, const CycleReportSet& reports,
                                                           const MentoringSettings& settings);

// The published cycle with the highest number; an error saying so when none is published.
[[nodiscard]] domain::Result<domain::CycleId> latest_published_cycle(Store& store);

[[nodiscard]] std::string mentoring_text(const MentoringPlan& plan);
[[nodiscard]] std::string mentoring_csv(const MentoringPlan& plan);

} // namespace leadline::app
