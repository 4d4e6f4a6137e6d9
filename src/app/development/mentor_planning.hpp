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
    // Pairs an admin decided on, by (mentee email, mentor email): kept as they are, the rest matched around
    // them.
    std::vector<std::pair<std::string, std::string>> keep;
};

struct MentoringMatch {
    std::string mentee_name;
    std::string mentee_email;
    std::string mentor_name;
    std::string mentor_email;
    double fit = 0.0;
    std::string reason; // "Strong in Collaborating, which Sam wants to develop; different department."
    bool kept = false;  // an admin chose this pair
};

struct MentoringPlan {
    std::string cycle_name;
    std::vector<MentoringMatch> matches;
    std::vector<MentoringMatch> unmatched; // mentees no allowed mentor with room fits: mentor fields empty
    std::size_t mentors = 0;               // subjects offering at least one strength
    double total_fit = 0.0;                // of the matches
    double best_total_fit = 0.0;           // of the best matches without any kept pair: what changes cost
};

// Another mentor for a mentee, and what the programme's total fit would be with them.
struct MentorOption {
    std::string name;
    std::string email;
    std::string department;
    double fit = 0.0;
    double total_fit = 0.0;
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

// The mentors the mentee may have instead, best fit first (at most `most`), each with the programme's total
// fit if that pair were kept along with the settings' kept pairs and everyone else matched around them.
[[nodiscard]] domain::Result<std::vector<MentorOption>>
mentor_options(Store& store, const CycleReportSet& reports, const MentoringSettings& settings,
               const std::string& mentee_email, std::size_t most = 10);

// The published cycle with the highest number; an error saying so when none is published.
[[nodiscard]] domain::Result<domain::CycleId> latest_published_cycle(Store& store);

[[nodiscard]] std::string mentoring_text(const MentoringPlan& plan);
[[nodiscard]] std::string mentoring_csv(const MentoringPlan& plan);

} // namespace leadline::app
