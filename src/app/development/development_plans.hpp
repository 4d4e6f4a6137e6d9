#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "app/development/plan_form.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "app/reporting/published_reports.hpp"
#include "domain/accounts/user.hpp"
#include "domain/development/development_plan.hpp"
#include "domain/development/habits.hpp"

namespace leadline::app {

// Everything a plan's pages show: the report it grew from, the plan (revision 0 before the first save)
// and its check-ins.
struct PlanContext {
    std::shared_ptr<const CycleReportSet> reports; // the cycle's published reports, with its framework
    const SubjectReport* subject = nullptr;        // the plan's owner's report, in `reports`
    std::vector<domain::AttributeId> suggested;    // the report's focus areas
    domain::DevelopmentPlan plan;
    std::vector<domain::CheckIn> check_ins;
    domain::Date earliest_check_in; // the day the cycle opened: nothing in the plan comes before
    std::optional<domain::Person> line_manager;
    std::optional<domain::Person> mentor; // confirmed for the owner after this cycle
    // Micro-actions tried as habits: those picked, this week's, and every started week (for the tally).
    std::vector<std::string> picks;
    domain::HabitWeek this_week;
    std::vector<domain::HabitWeek> habit_weeks;

    [[nodiscard]] const domain::Framework& framework() const { return *reports->framework; }
};

// Who is reading a plan.
enum class PlanReader { Owner, LineManager, Mentor };

// A plan saved, or the problems that stopped it (each with the form field to fix).
struct PlanSaved {
    std::vector<FieldProblem> problems;
    std::int64_t revision = 0;
};

// Development plans: one per person per published cycle in which they had a report. Private to the
// person; their line manager (as the directory has it now) and their confirmed mentor each read it only while
// it is shared with them.
class DevelopmentPlans {
  public:
    DevelopmentPlans(Store& store, PublishedReports& published, const Clock& clock)
        : m_store(store), m_published(published), m_clock(clock) {}

    // The person's own plan. NotFound when they had no report in the cycle; FailedPrecondition before
    // the cycle is published.
    [[nodiscard]] domain::Result<PlanContext> own(domain::PersonId person, domain::CycleId cycle);
    // Someone else's plan, for a viewer who may read it; nullopt (read as "not found") otherwise.
    [[nodiscard]] domain::Result<std::optional<PlanContext>>
    as_reader(const domain::User& viewer, domain::CycleId cycle, domain::PersonId owner);
    // Whether the viewer may read the owner's plan, and as whom.
    [[nodiscard]] domain::Result<std::optional<PlanReader>>
    reader(const domain::User& viewer, domain::CycleId cycle, domain::PersonId owner);

    // Checks and saves the plan the form describes. Conflict when the plan changed since the form was
    // opened: nothing is saved, and the caller shows the form again with what was typed.
    [[nodiscard]] domain::Result<PlanSaved> save(const PlanContext& context, const PlanForm& form);
    // Records a check-in; problems for the fields to fix, empty once saved.
    [[nodiscard]] domain::Result<std::vector<FieldProblem>> check_in(const PlanContext& context,
                                                                     domain::CheckIn check_in);
    // Shares the plan with the line manager or stops sharing it.
    [[nodiscard]] domain::Result<void> share(const PlanContext& context, bool shared);
    // Shares the plan with the mentor confirmed for its owner, or stops sharing it.
    [[nodiscard]] domain::Result<void> share_with_mentor(const PlanContext& context, bool shared);

  private:
    [[nodiscard]] domain::Result<void> read_habits(PlanContext& context);
    [[nodiscard]] domain::Result<std::optional<domain::Person>> mentor_of(domain::CycleId cycle,
                                                                          domain::PersonId mentee);

    Store& m_store;
    PublishedReports& m_published;
    const Clock& m_clock;
};

} // namespace leadline::app
