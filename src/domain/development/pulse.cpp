#include "domain/development/pulse.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

namespace leadline::domain {

namespace {

Date months_after(Date date, int months) {
    const std::chrono::year_month_day day{date.day()};
    auto moved = day + std::chrono::months(months);
    if (!moved.ok()) { // 31 August + 6 months: the last day of February
        moved = std::chrono::year_month_day_last(moved.year(), std::chrono::month_day_last(moved.month()));
    }
    return Date(std::chrono::sys_days(moved));
}

Date days_after(Date date, int days) {
    return Date(date.day() + std::chrono::days(days));
}

const PulseRound* numbered(std::span<const PulseRound> rounds, int number) {
    const auto found = std::find_if(rounds.begin(), rounds.end(),
                                    [&](const PulseRound& round) { return round.number == number; });
    return found == rounds.end() ? nullptr : &*found;
}

bool is_blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

double mean_of(const std::vector<double>& values) {
    double total = 0.0;
    for (double value : values) {
        total += value;
    }
    return total / static_cast<double>(values.size());
}

} // namespace

PulseRoundState state_of(const PulseRound& round, Date today) {
    if (today < round.opens_on) {
        return PulseRoundState::Scheduled;
    }
    return today <= round.closes_on ? PulseRoundState::Open : PulseRoundState::Closed;
}

std::vector<PulseRound> suggested_pulse_rounds(Date cycle_closes_on) {
    std::vector<PulseRound> rounds;
    int number = 1;
    for (int months : {3, 6, 12}) {
        const auto opens = months_after(cycle_closes_on, months);
        rounds.push_back({number++, opens, days_after(opens, 13)});
    }
    return rounds;
}

std::vector<PulseRoundProblem> check_pulse_rounds(std::span<const PulseRound> rounds,
                                                  std::span<const PulseRound> before, Date cycle_closes_on,
                                                  Date today) {
    std::vector<PulseRoundProblem> problems;
    if (rounds.size() > static_cast<std::size_t>(most_pulse_rounds)) {
        problems.push_back({0, "A cycle has at most three pulse rounds."});
    }
    for (std::size_t i = 0; i < rounds.size(); ++i) {
        const auto& round = rounds[i];
        const auto name = "Round " + std::to_string(round.number);
        if (round.number != static_cast<int>(i) + 1) {
            problems.push_back({round.number, "Rounds are numbered in order from 1."});
        }
        if (round.closes_on < round.opens_on) {
            problems.push_back({round.number, name + " must close on or after the day it opens."});
        }
        if (round.opens_on <= cycle_closes_on) {
            problems.push_back({round.number, name + " must open after the cycle closed, on " +
                                                  cycle_closes_on.display() + "."});
        }
        if (i > 0 && round.opens_on <= rounds[i - 1].closes_on) {
            problems.push_back(
                {round.number, name + " must open after round " + std::to_string(i) + " closes."});
        }
        const auto* was = numbered(before, round.number);
        const auto state = was == nullptr ? PulseRoundState::Scheduled : state_of(*was, today);
        if (state == PulseRoundState::Closed &&
            (was->opens_on != round.opens_on || was->closes_on != round.closes_on)) {
            problems.push_back({round.number, name + " has closed and its results are shown, so its dates "
                                                     "cannot change."});
        } else if (state == PulseRoundState::Open && was->opens_on != round.opens_on) {
            problems.push_back({round.number, name + " has opened, so it keeps its opening day, " +
                                                  was->opens_on.display() + "."});
        } else if (state == PulseRoundState::Open && round.closes_on < today) {
            problems.push_back({round.number, name + " is open: it can close today at the earliest."});
        } else if (state == PulseRoundState::Scheduled && round.opens_on < today) {
            problems.push_back({round.number, name + " cannot open in the past: today at the earliest."});
        }
    }
    for (const auto& was : before) {
        if (state_of(was, today) != PulseRoundState::Scheduled && numbered(rounds, was.number) == nullptr) {
            problems.push_back({was.number, "Round " + std::to_string(was.number) +
                                                " has opened, so it cannot be removed."});
        }
    }
    return problems;
}

std::vector<PulseItem> pulse_items(std::span<const AttributeId> focus,
                                   std::span<const ReportedArea> areas_in_framework_order) {
    const std::set<AttributeId> chosen(focus.begin(), focus.end());
    std::vector<std::size_t> others;
    for (std::size_t i = 0; i < areas_in_framework_order.size(); ++i) {
        if (!chosen.contains(areas_in_framework_order[i].attribute)) {
            others.push_back(i);
        }
    }
    // Lowest others' mean first; areas without one after those with one; the framework's order breaks ties.
    std::stable_sort(others.begin(), others.end(), [&](std::size_t a, std::size_t b) {
        const auto& left = areas_in_framework_order[a].others_mean;
        const auto& right = areas_in_framework_order[b].others_mean;
        if (left && right) {
            return *left < *right;
        }
        return left.has_value() && !right.has_value();
    });
    others.resize(std::min(others.size(), most_comparison_areas));
    std::vector<PulseItem> items;
    for (std::size_t i = 0; i < areas_in_framework_order.size(); ++i) {
        const auto& attribute = areas_in_framework_order[i].attribute;
        const bool is_focus = chosen.contains(attribute);
        if (is_focus || std::find(others.begin(), others.end(), i) != others.end()) {
            items.push_back({attribute, is_focus});
        }
    }
    return items;
}

std::vector<std::string> check_pulse_answer(const PulseAnswer& answer, std::span<const PulseItem> items) {
    std::vector<std::string> problems;
    std::set<AttributeId> seen;
    for (const auto& rating : answer.ratings) {
        const bool asked = std::any_of(items.begin(), items.end(), [&](const PulseItem& item) {
            return item.attribute == rating.attribute;
        });
        if (!asked) {
            problems.push_back("An answer is about an area this pulse does not ask about.");
        } else if (!seen.insert(rating.attribute).second) {
            problems.push_back("An area is answered twice.");
        }
        if (rating.change < least_change || rating.change > most_change) {
            problems.push_back("A change must be from −3 to +3.");
        }
    }
    if (answer.feedforward.size() > longest_feedforward) {
        problems.push_back("Your suggestion must be " + std::to_string(longest_feedforward) +
                           " characters or fewer.");
    }
    if (answer.ratings.empty() && is_blank(answer.feedforward)) {
        problems.push_back("Answer at least one question, or write a suggestion.");
    }
    return problems;
}

int pulse_minimum(const AnonymityPolicy& policy, std::span<const RaterGroup> groups) {
    int minimum = 0;
    for (const auto group : groups) {
        if (group != RaterGroup::Self && group != RaterGroup::LineManager) {
            minimum = std::max(minimum, policy.group_minimum(group));
        }
    }
    return minimum == 0 ? AnonymityPolicy::default_group_minimum : minimum;
}

PulseResult pulse_result(std::span<const PulseItem> items, std::span<const PulseAnswer> answers, int minimum,
                         int comment_minimum) {
    PulseResult result;
    result.minimum = minimum;
    result.answered = static_cast<int>(answers.size());
    result.shown = result.answered >= minimum;
    std::map<AttributeId, bool> is_focus;
    for (const auto& item : items) {
        is_focus[item.attribute] = item.focus;
    }
    std::map<AttributeId, std::vector<double>> by_area;
    std::vector<double> focus_means;
    std::vector<double> comparison_means;
    std::vector<double> differences;
    for (const auto& answer : answers) {
        std::vector<double> focus;
        std::vector<double> comparison;
        for (const auto& rating : answer.ratings) {
            const auto found = is_focus.find(rating.attribute);
            if (found == is_focus.end()) {
                continue; // an area no longer asked: not counted
            }
            by_area[rating.attribute].push_back(rating.change);
            (found->second ? focus : comparison).push_back(rating.change);
        }
        if (!focus.empty()) {
            focus_means.push_back(mean_of(focus));
        }
        if (!comparison.empty()) {
            comparison_means.push_back(mean_of(comparison));
        }
        if (!focus.empty() && !comparison.empty()) {
            differences.push_back(mean_of(focus) - mean_of(comparison));
        }
    }
    for (const auto& item : items) {
        AreaChange area;
        area.attribute = item.attribute;
        area.focus = item.focus;
        area.change = bounded_to(summarise(by_area[item.attribute]), least_change, most_change);
        area.shown = result.shown && area.change.n >= minimum;
        result.areas.push_back(std::move(area));
    }
    result.focus = bounded_to(summarise(focus_means), least_change, most_change);
    result.comparison = bounded_to(summarise(comparison_means), least_change, most_change);
    const double range = most_change - least_change;
    result.difference = bounded_to(summarise(differences), -range, range);
    if (result.shown && result.difference.n >= std::max(minimum, 2)) {
        if (result.difference.low > 0.0) {
            result.honest = HonestChange::MoreInFocus;
        } else if (result.difference.high < 0.0) {
            result.honest = HonestChange::LessInFocus;
        } else {
            result.honest = HonestChange::NotClear;
        }
    }
    if (result.answered >= comment_minimum) {
        for (const auto& answer : answers) {
            if (!is_blank(answer.feedforward)) {
                result.feedforward.push_back(answer.feedforward);
            }
        }
        std::sort(result.feedforward.begin(), result.feedforward.end());
    }
    return result;
}

} // namespace leadline::domain
