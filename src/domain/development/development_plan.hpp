#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "domain/core/date.hpp"
#include "domain/core/strong_id.hpp"
#include "domain/framework/framework.hpp"

namespace leadline::domain {

// One attribute a person has chosen to work on after their 360, and how.
struct PlanFocus {
    AttributeId attribute;
    // Why this attribute, in their words: needed only when the report did not suggest it, so that a
    // choice against the feedback is a considered one.
    std::string why;
    std::string goal; // what they want to be doing differently, in their own words
    // Chosen from the framework's own suggestions for the attribute, kept in the framework's wording.
    std::vector<std::string> stretch_experiences;
    std::vector<std::string> micro_actions;
    std::optional<Date> review_by; // when they mean to look back at it
    bool line_manager_helps = false;
    bool mentor_helps = false;
};

// A person's development plan for one cycle. Private to them until they share it.
struct DevelopmentPlan {
    CycleId cycle;
    PersonId person;
    std::vector<PlanFocus> focus;
    bool shared_with_manager = false;
    // Counts the saves, so that a save from a form opened before another save is noticed rather than
    // silently overwriting it; 0 before the first save.
    std::int64_t revision = 0;
    std::int64_t started_at = 0; // seconds since the epoch
    std::int64_t changed_at = 0;
    std::int64_t shared_at = 0;      // when last shared with the line manager; 0 when never
    bool nudges = true;              // a weekly email about the micro-actions picked to try (habits.hpp)
    bool shared_with_mentor = false; // with the mentor an admin confirmed for the person after this cycle
};

// What the person did towards their plan and what they took from it.
struct CheckIn {
    std::int64_t id = 0;
    Date on;                          // the day it happened
    std::optional<AttributeId> about; // one of the plan's focus areas, or the plan as a whole
    std::string did;
    std::string learned;
    std::int64_t written_at = 0;
};

inline constexpr std::size_t most_focus_areas = 3;
inline constexpr std::size_t longest_plan_text = 2000; // characters (bytes of UTF-8) in any one answer

// Which part of a plan or check-in a problem is about, so a form can put the message by its field.
enum class PlanPart {
    Focus,
    Why,
    Goal,
    StretchExperiences,
    MicroActions,
    ReviewBy,
    CheckInDay,
    Did,
    Learned
};

struct PlanProblem {
    PlanPart part = PlanPart::Focus;
    std::optional<AttributeId> attribute; // the focus area it is in, when it is in one
    std::string message;
};

// Every problem with a plan before it is saved: one to three focus areas, each an attribute of the
// framework, none twice; a reason for one the report did not suggest; a goal; ideas only from the
// framework's suggestions for that attribute; a review date that is not in the past; no answer longer
// than longest_plan_text.
[[nodiscard]] std::vector<PlanProblem> check_plan(const DevelopmentPlan& plan, const Framework& framework,
                                                  std::span<const AttributeId> suggested, Date today);

// Every problem with a check-in: something done, on a day neither in the future nor before the plan's
// feedback cycle opened (`earliest`), about one of the plan's focus areas if about one.
[[nodiscard]] std::vector<PlanProblem> check_check_in(const CheckIn& check_in, const DevelopmentPlan& plan,
                                                      Date today, Date earliest);

// One line of a plan's timeline, oldest first.
struct TimelineEntry {
    enum class Kind { Started, Changed, Shared, CheckIn };
    Kind kind = Kind::Started;
    Date on;
    const CheckIn* check_in = nullptr; // for Kind::CheckIn: points into the check-ins given
};

// The plan's history as one list by day: when it was started, last changed, shared, and each check-in
// (by the day it happened). Entries on the same day keep that order.
[[nodiscard]] std::vector<TimelineEntry> plan_timeline(const DevelopmentPlan& plan,
                                                       std::span<const CheckIn> check_ins);

} // namespace leadline::domain
