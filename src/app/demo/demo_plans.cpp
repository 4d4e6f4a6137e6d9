#include "app/demo/demo_plans.hpp"

#include <array>
#include <cctype>
#include <chrono>

#include "app/frameworks/framework_cache.hpp"
#include "app/reporting/cycle_reports.hpp"
#include "app/security/invitation_token.hpp"

namespace leadline::app {

namespace {

constexpr std::array goal_openings{
    "Get better at %, starting with how I run our weekly team meeting.",
    "Spend less of my week firefighting and more of it %; by spring my team should notice without my "
    "telling them.",
    "Practise % in one meeting a week, and ask a colleague I trust how it came across.",
};

struct DemoCheckIn {
    const char* did;
    const char* learned;
};

constexpr std::array check_in_texts{
    DemoCheckIn{"Tried it in the Monday team meeting: asked for views before giving mine.",
                "It took longer, but two people spoke who usually stay quiet."},
    DemoCheckIn{"Talked the plan through with my line manager in our one-to-one.",
                "They offered a project I can use as my stretch experience."},
    DemoCheckIn{"Kept a note each day of one moment I could have handled better.",
                "Most were when I was rushed. I have started blocking time before big meetings."},
    DemoCheckIn{"Asked two of the people who gave me feedback what they would like me to do differently.",
                "Both said the same thing, which nobody had told me before."},
    DemoCheckIn{"Did the micro-action three times this week.", ""},
};

std::string lower_first(std::string text) {
    if (!text.empty()) {
        text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
    }
    return text;
}

std::string goal_for(const domain::Attribute& attribute, std::size_t which) {
    std::string goal = goal_openings[which % goal_openings.size()];
    goal.replace(goal.find('%'), 1, lower_first(attribute.name));
    return goal;
}

std::int64_t seconds_at(domain::Date date, int hour) {
    return std::chrono::sys_seconds(date.day()).time_since_epoch().count() + hour * 3600;
}

domain::Date days_after(domain::Date date, int days) {
    return domain::Date(date.day() + std::chrono::days(days));
}

domain::PlanFocus focus_on(const domain::Attribute& attribute, std::size_t subject, std::size_t area,
                           domain::Date review_by, bool has_manager) {
    domain::PlanFocus focus;
    focus.attribute = attribute.id;
    focus.goal = goal_for(attribute, subject + area);
    if (!attribute.micro_actions.empty()) {
        focus.micro_actions.push_back(attribute.micro_actions[subject % attribute.micro_actions.size()].text);
    }
    if (!attribute.stretch_experiences.empty() && subject % 2 == 0) {
        focus.stretch_experiences.push_back(
            attribute.stretch_experiences[area % attribute.stretch_experiences.size()].text);
    }
    focus.review_by = review_by;
    focus.line_manager_helps = has_manager && subject % 3 != 1;
    focus.mentor_helps = subject % 5 == 0;
    return focus;
}

// The demo's last day: weeks are written up to the one before it.
const domain::Date demo_today = domain::Date::parse("2026-11-30").value();

domain::Result<std::size_t> write_demo_habits(Store& store, const domain::DevelopmentPlan& plan,
                                              std::size_t subject, domain::Date picked_on) {
    std::vector<std::string> picks;
    for (const auto& focus : plan.focus) {
        picks.insert(picks.end(), focus.micro_actions.begin(), focus.micro_actions.end());
    }
    if (picks.empty()) {
        return std::size_t{0};
    }
    if (auto picked =
            store.habits().set_habit_picks(plan.cycle, plan.person, picks, seconds_at(picked_on, 12));
        !picked) {
        return domain::fail(picked.error());
    }
    std::size_t weeks = 0;
    for (auto week = domain::week_starting(days_after(picked_on, 7));
         week < domain::week_starting(demo_today); week = days_after(week, 7)) {
        // Demo weeks are never emailed: their links are made from the week, not drawn at random.
        const auto hash = hash_token("demo-habit-" + std::to_string(plan.person.value()) + "-" + week.iso());
        auto started =
            store.habits().start_habit_week(plan.cycle, plan.person, week, hash, seconds_at(week, 7));
        if (!started) {
            return domain::fail(started.error());
        }
        for (std::size_t p = 0; p < picks.size(); ++p) {
            const auto turn = subject + weeks + p;
            if (turn % 5 == 4) {
                continue; // not said that week
            }
            auto answered = store.habits().answer_habit(plan.cycle, plan.person, week, picks[p],
                                                        turn % 3 != 0, seconds_at(days_after(week, 4), 16));
            if (!answered) {
                return domain::fail(answered.error());
            }
        }
        ++weeks;
    }
    return weeks;
}

} // namespace

domain::Result<DemoPlans> write_demo_plans(Store& store, const DemoData& demo, domain::CycleId cycle) {
    FrameworkCache frameworks;
    auto reports = CycleReports(store, frameworks).as_published(cycle);
    if (!reports) {
        return domain::fail(reports.error());
    }
    const auto& framework = *reports->framework;
    const auto published_on = demo.cycle.closes_on;
    DemoPlans written;
    for (std::size_t s = 0; s < reports->subjects.size(); ++s) {
        const auto& subject = reports->subjects[s];
        // One subject in three has not started a plan: the programme view should show who has not.
        if (s % 3 == 2 || subject.report.focus.empty()) {
            continue;
        }
        auto person = store.people().person(subject.subject);
        if (!person) {
            return domain::fail(person.error());
        }
        const bool has_manager = *person && (*person)->line_manager.has_value();
        domain::DevelopmentPlan plan;
        plan.cycle = cycle;
        plan.person = subject.subject;
        const auto areas = std::min<std::size_t>(s % 2 == 0 ? 2 : 1, subject.report.focus.size());
        const auto review_by = domain::Date::parse(s % 2 == 0 ? "2027-03-31" : "2027-01-29").value();
        for (std::size_t a = 0; a < areas; ++a) {
            const auto* attribute = framework.find_attribute(subject.report.focus[a].attribute);
            if (attribute != nullptr) {
                plan.focus.push_back(focus_on(*attribute, s, a, review_by, has_manager));
            }
        }
        const auto started = days_after(published_on, 2 + static_cast<int>(s % 9));
        if (auto saved = store.development_plans().save_development_plan(plan, seconds_at(started, 10));
            !saved) {
            return domain::fail(saved.error());
        }
        ++written.plans;
        if (has_manager && s % 2 == 0) {
            if (auto shared = store.development_plans().share_development_plan(
                    cycle, plan.person, true, seconds_at(days_after(started, 1), 9));
                !shared) {
                return domain::fail(shared.error());
            }
            ++written.shared;
        }
        // Half of those with micro-actions try them as habits from the day after starting, and say most
        // weeks whether they did.
        if (s % 2 == 0) {
            auto habits = write_demo_habits(store, plan, s, days_after(started, 1));
            if (!habits) {
                return domain::fail(habits.error());
            }
            written.habit_weeks += *habits;
        }
        // Check-ins every two or three weeks through October and November; some people stopped early.
        const auto count = s % 4 + (s % 6 == 0 ? 1 : 0);
        for (std::size_t c = 0; c < count; ++c) {
            const auto& text = check_in_texts[(s + c) % check_in_texts.size()];
            domain::CheckIn check_in;
            check_in.on = days_after(started, 6 + static_cast<int>(c) * 17);
            check_in.about = plan.focus[c % plan.focus.size()].attribute;
            check_in.did = text.did;
            check_in.learned = text.learned;
            check_in.written_at = seconds_at(check_in.on, 17);
            if (auto added = store.development_plans().add_check_in(cycle, plan.person, check_in); !added) {
                return domain::fail(added.error());
            }
            ++written.check_ins;
        }
    }
    return written;
}

} // namespace leadline::app
