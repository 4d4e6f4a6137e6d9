#include "app/development/development_plans.hpp"

#include "app/development/habit_weeks.hpp"

namespace leadline::app {

using domain::ErrorCode;
using domain::Result;

Result<void> DevelopmentPlans::read_habits(PlanContext& context) {
    auto picks = m_store.habits().habit_picks(context.plan.cycle, context.plan.person);
    if (!picks) {
        return domain::fail(picks.error());
    }
    context.picks = std::move(*picks);
    auto week = HabitWeeks(m_store, m_clock).this_week(context.plan);
    if (!week) {
        return domain::fail(week.error());
    }
    context.this_week = std::move(*week);
    auto weeks = m_store.habits().habit_weeks(context.plan.cycle, context.plan.person);
    if (!weeks) {
        return domain::fail(weeks.error());
    }
    context.habit_weeks = std::move(*weeks);
    return {};
}

Result<PlanContext> DevelopmentPlans::own(domain::PersonId person, domain::CycleId cycle) {
    PlanContext context;
    auto reports = m_published.of(m_store, cycle);
    if (!reports) {
        return domain::fail(reports.error());
    }
    context.reports = *reports;
    context.subject = find_subject(*context.reports, person);
    if (context.subject == nullptr) {
        return domain::fail(ErrorCode::NotFound, "There is no report of yours in this cycle to plan from.");
    }
    for (const auto& focus : context.subject->report.focus) {
        context.suggested.push_back(focus.attribute);
    }
    auto heading = m_store.cycles().cycle_heading(cycle);
    if (!heading) {
        return domain::fail(heading.error());
    }
    context.earliest_check_in = heading->settings.opens_on;
    auto plan = m_store.development_plans().development_plan(cycle, person);
    if (!plan) {
        return domain::fail(plan.error());
    }
    if (*plan) {
        context.plan = std::move(**plan);
        auto check_ins = m_store.development_plans().check_ins(cycle, person);
        if (!check_ins) {
            return domain::fail(check_ins.error());
        }
        context.check_ins = std::move(*check_ins);
        if (auto habits = read_habits(context); !habits) {
            return domain::fail(habits.error());
        }
    } else {
        context.plan.cycle = cycle;
        context.plan.person = person;
    }
    auto owner = m_store.people().person(person);
    if (!owner) {
        return domain::fail(owner.error());
    }
    if (*owner && (*owner)->line_manager) {
        auto manager = m_store.people().person(*(*owner)->line_manager);
        if (!manager) {
            return domain::fail(manager.error());
        }
        context.line_manager = std::move(*manager);
    }
    auto mentor = mentor_of(cycle, person);
    if (!mentor) {
        return domain::fail(mentor.error());
    }
    context.mentor = std::move(*mentor);
    return context;
}

Result<std::optional<domain::Person>> DevelopmentPlans::mentor_of(domain::CycleId cycle,
                                                                  domain::PersonId mentee) {
    auto pairs = m_store.mentoring().mentor_pairs(cycle);
    if (!pairs) {
        return domain::fail(pairs.error());
    }
    for (const auto& pair : *pairs) {
        if (pair.mentee == mentee) {
            auto mentor = m_store.people().person(pair.mentor);
            if (!mentor) {
                return domain::fail(mentor.error());
            }
            if (*mentor && !(*mentor)->left_at) {
                return std::move(*mentor);
            }
        }
    }
    return std::optional<domain::Person>();
}

Result<std::optional<PlanReader>> DevelopmentPlans::reader(const domain::User& viewer, domain::CycleId cycle,
                                                           domain::PersonId owner) {
    if (!viewer.person) {
        return std::optional<PlanReader>();
    }
    if (*viewer.person == owner) {
        return std::optional<PlanReader>(PlanReader::Owner);
    }
    auto person = m_store.people().person(owner);
    auto plan = m_store.development_plans().development_plan(cycle, owner);
    auto mentor = mentor_of(cycle, owner);
    if (!person || !plan || !mentor) {
        return domain::fail(!person ? person.error() : !plan ? plan.error() : mentor.error());
    }
    if (!*person || !*plan) {
        return std::optional<PlanReader>();
    }
    if ((*person)->line_manager == viewer.person && (*plan)->shared_with_manager) {
        return std::optional<PlanReader>(PlanReader::LineManager);
    }
    if (*mentor && (*mentor)->id == *viewer.person && (*plan)->shared_with_mentor) {
        return std::optional<PlanReader>(PlanReader::Mentor);
    }
    return std::optional<PlanReader>();
}

Result<std::optional<PlanContext>>
DevelopmentPlans::as_reader(const domain::User& viewer, domain::CycleId cycle, domain::PersonId owner) {
    auto may = reader(viewer, cycle, owner);
    if (!may) {
        return domain::fail(may.error());
    }
    if (!*may) {
        return std::optional<PlanContext>();
    }
    auto context = own(owner, cycle);
    if (!context) {
        // A plan whose report is gone (or not yet published) reads as missing to anyone else.
        if (context.error().code == ErrorCode::NotFound ||
            context.error().code == ErrorCode::FailedPrecondition) {
            return std::optional<PlanContext>();
        }
        return domain::fail(context.error());
    }
    if (**may != PlanReader::Owner && context->plan.revision == 0) {
        return std::optional<PlanContext>();
    }
    return std::optional<PlanContext>(std::move(*context));
}

Result<void> DevelopmentPlans::share_with_mentor(const PlanContext& context, bool shared) {
    if (shared && !context.mentor) {
        return domain::fail(ErrorCode::FailedPrecondition, "You have no mentor to share your plan with yet.");
    }
    return m_store.development_plans().share_with_mentor(context.plan.cycle, context.plan.person, shared);
}

Result<PlanSaved> DevelopmentPlans::save(const PlanContext& context, const PlanForm& form) {
    PlanSaved saved;
    auto plan = plan_from_form(form, context.framework(), context.suggested, today(m_clock), saved.problems);
    if (!saved.problems.empty()) {
        return saved;
    }
    plan.cycle = context.plan.cycle;
    plan.person = context.plan.person;
    auto revision = m_store.development_plans().save_development_plan(plan, m_clock.now_seconds());
    if (!revision) {
        return domain::fail(revision.error());
    }
    saved.revision = *revision;
    return saved;
}

Result<std::vector<FieldProblem>> DevelopmentPlans::check_in(const PlanContext& context,
                                                             domain::CheckIn check_in) {
    std::vector<FieldProblem> problems;
    if (context.plan.revision == 0) {
        return domain::fail(ErrorCode::FailedPrecondition, "Write your plan first, then record what you do.");
    }
    for (const auto& problem :
         domain::check_check_in(check_in, context.plan, today(m_clock), context.earliest_check_in)) {
        problems.push_back(
            {problem.part == domain::PlanPart::Focus ? "about" : field_of(problem), problem.message});
    }
    if (!problems.empty()) {
        return problems;
    }
    check_in.written_at = m_clock.now_seconds();
    auto added = m_store.development_plans().add_check_in(context.plan.cycle, context.plan.person, check_in);
    if (!added) {
        return domain::fail(added.error());
    }
    return problems;
}

Result<void> DevelopmentPlans::share(const PlanContext& context, bool shared) {
    if (shared && !context.line_manager) {
        return domain::fail(
            ErrorCode::FailedPrecondition,
            "The people directory has no line manager for you, so there is no one to share with. "
            "Ask your HR team to add them.");
    }
    return m_store.development_plans().share_development_plan(context.plan.cycle, context.plan.person, shared,
                                                              m_clock.now_seconds());
}

} // namespace leadline::app
