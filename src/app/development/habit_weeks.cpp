#include "app/development/habit_weeks.hpp"

#include <algorithm>

#include "app/feedback/queued_message.hpp"
#include "app/security/invitation_token.hpp"

namespace leadline::app {

using domain::ErrorCode;
using domain::Result;

namespace {

bool in(const domain::HabitWeek& week, const std::string& micro_action) {
    return std::any_of(week.answers.begin(), week.answers.end(), [&](const domain::HabitAnswer& answer) {
        return answer.micro_action == micro_action;
    });
}

Result<std::optional<domain::HabitWeek>> week_of(Store& store, domain::CycleId cycle, domain::PersonId person,
                                                 domain::Date week_start) {
    auto weeks = store.habits().habit_weeks(cycle, person);
    if (!weeks) {
        return domain::fail(weeks.error());
    }
    for (auto& week : *weeks) {
        if (week.week_start == week_start) {
            return std::optional<domain::HabitWeek>(std::move(week));
        }
    }
    return std::optional<domain::HabitWeek>();
}

std::string nudge_body(const std::string& name, const std::vector<std::string>& picks,
                       const std::string& link) {
    std::string body = "Hello " + name + ",\n\nThis week you are trying:\n\n";
    for (const auto& pick : picks) {
        body += "- " + pick + "\n";
    }
    body +=
        "\nWhen you have had a go, say which you did (one click each) at\n" + link +
        "\n\nThe link is yours alone: please do not forward it. Your development plan counts the weeks you "
        "did each one. To stop these weekly emails, use the same page, or turn them off on your plan.";
    return body;
}

} // namespace

Result<std::optional<std::string>> HabitWeeks::pick(const domain::DevelopmentPlan& plan,
                                                    const std::vector<std::string>& picks) {
    if (auto problem = domain::check_habit_picks(picks, plan)) {
        return problem;
    }
    auto saved = m_store.habits().set_habit_picks(plan.cycle, plan.person, picks, m_clock.now_seconds());
    if (!saved) {
        return domain::fail(saved.error());
    }
    return std::optional<std::string>();
}

Result<domain::HabitWeek> HabitWeeks::this_week(const domain::DevelopmentPlan& plan) {
    const auto week_start = domain::week_starting(today(m_clock));
    auto week = week_of(m_store, plan.cycle, plan.person, week_start);
    if (!week) {
        return domain::fail(week.error());
    }
    if (*week) {
        return std::move(**week);
    }
    auto picks = m_store.habits().habit_picks(plan.cycle, plan.person);
    if (!picks) {
        return domain::fail(picks.error());
    }
    domain::HabitWeek unstarted{week_start, {}};
    for (auto& pick : *picks) {
        unstarted.answers.push_back({std::move(pick), std::nullopt});
    }
    return unstarted;
}

Result<void> HabitWeeks::answer_this_week(const domain::DevelopmentPlan& plan,
                                          const std::string& micro_action, bool did) {
    const auto week_start = domain::week_starting(today(m_clock));
    auto started = m_store.habits().start_habit_week(plan.cycle, plan.person, week_start,
                                                     hash_token(new_secret_token()), m_clock.now_seconds());
    if (!started) {
        return domain::fail(started.error());
    }
    auto week = this_week(plan);
    if (!week) {
        return domain::fail(week.error());
    }
    if (!in(*week, micro_action)) {
        return domain::fail(ErrorCode::InvalidInput,
                            "That micro-action is not one you are trying this week.");
    }
    auto answered = m_store.habits().answer_habit(plan.cycle, plan.person, week->week_start, micro_action,
                                                  did, m_clock.now_seconds());
    if (!answered) {
        return domain::fail(answered.error());
    }
    return {};
}

Result<std::optional<HabitWeekView>> HabitWeeks::by_link(const std::string& token) {
    auto link = m_store.habits().habit_week_by_token(hash_token(token));
    if (!link) {
        return domain::fail(link.error());
    }
    if (!*link) {
        return std::optional<HabitWeekView>();
    }
    HabitWeekView view;
    view.link = **link;
    auto week = week_of(m_store, view.link.cycle, view.link.person, view.link.week_start);
    if (!week) {
        return domain::fail(week.error());
    }
    auto plan = m_store.development_plans().development_plan(view.link.cycle, view.link.person);
    if (!plan) {
        return domain::fail(plan.error());
    }
    auto person = m_store.people().person(view.link.person);
    if (!person) {
        return domain::fail(person.error());
    }
    if (!*week || !*plan || !*person || (*person)->left_at) {
        return std::optional<HabitWeekView>();
    }
    view.week = std::move(**week);
    view.owner_name = (*person)->name;
    view.nudges = (*plan)->nudges;
    view.current = domain::in_week(view.link.week_start, today(m_clock));
    return std::optional<HabitWeekView>(std::move(view));
}

Result<void> HabitWeeks::answer_by_link(const HabitWeekView& view, const std::string& micro_action,
                                        bool did) {
    if (!view.current) {
        return domain::fail(
            ErrorCode::FailedPrecondition,
            "That week is over, so this link no longer takes answers. Thank you for trying: the "
            "email for the week you are in has a fresh link, and your plan shows every week.");
    }
    if (!in(view.week, micro_action)) {
        return domain::fail(ErrorCode::InvalidInput, "That micro-action is not one you tried that week.");
    }
    auto answered = m_store.habits().answer_habit(view.link.cycle, view.link.person, view.link.week_start,
                                                  micro_action, did, m_clock.now_seconds());
    if (!answered) {
        return domain::fail(answered.error());
    }
    return {};
}

Result<void> HabitWeeks::set_nudges(const HabitWeekLink& link, bool on) {
    return m_store.habits().set_habit_nudges(link.cycle, link.person, on);
}

Result<std::size_t> HabitWeeks::queue_nudges(const std::string& base_url) {
    const auto week_start = domain::week_starting(today(m_clock));
    auto due = m_store.habits().habit_nudges_due(week_start);
    if (!due) {
        return domain::fail(due.error());
    }
    std::size_t queued = 0;
    for (const auto& plan : *due) {
        auto done = m_store.in_transaction([&]() -> Result<void> {
            const auto token = new_secret_token();
            auto started = m_store.habits().start_habit_week(plan.cycle, plan.person, week_start,
                                                             hash_token(token), m_clock.now_seconds());
            if (!started) {
                return domain::fail(started.error());
            }
            if (!*started) {
                return {};
            }
            auto picks = m_store.habits().habit_picks(plan.cycle, plan.person);
            if (!picks) {
                return domain::fail(picks.error());
            }
            const auto body = nudge_body(plan.name, *picks, site_address(base_url) + "/h/" + token);
            auto message = queue_message(m_store, new_message(plan.email, MessageKind::HabitNudge,
                                                              "Your micro-actions this week", body,
                                                              m_clock.now_seconds()));
            if (!message) {
                return domain::fail(message.error());
            }
            ++queued;
            return {};
        });
        if (!done) {
            return domain::fail(done.error());
        }
    }
    return queued;
}

} // namespace leadline::app
