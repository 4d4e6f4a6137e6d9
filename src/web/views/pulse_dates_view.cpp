#include "web/views/pulse_dates_view.hpp"

#include <chrono>

#include "web/views/admin_cycle_view.hpp"

namespace leadline::web {

namespace {

const char* state_words(const domain::PulseRound* round, domain::Date today) {
    if (round == nullptr) {
        return "Not set: leave the boxes empty for no round";
    }
    switch (domain::state_of(*round, today)) {
    case domain::PulseRoundState::Scheduled:
        return "Not opened yet: its dates can change";
    case domain::PulseRoundState::Open:
        return "Open now: it keeps its opening day, and can close from today";
    case domain::PulseRoundState::Closed:
        return "Closed: its results are shown, so its dates are fixed";
    }
    return "";
}

// The opening and closing date boxes of one round, as typed, each with its problem.
void fill_date_boxes(ctemplate::TemplateDictionary& round, int number, const TypedRound& values,
                     const std::vector<PageError>& errors) {
    for (const std::size_t base : {std::size_t{0}, std::size_t{3}}) {
        auto* date = round.AddSectionDictionary("DATE");
        const auto prefix = "round-" + std::to_string(number) + (base == 0 ? "-opens" : "-closes");
        date->SetValue("PREFIX", prefix);
        date->SetValue("LEGEND", base == 0 ? "Opens" : "Closes (the last day answers are taken)");
        date->SetValue("DAY", values[base]);
        date->SetValue("MONTH", values[base + 1]);
        date->SetValue("YEAR", values[base + 2]);
        for (const auto& error : errors) {
            if (error.field_id.rfind(prefix, 0) == 0) {
                auto* shown = date->AddSectionDictionary("ERROR");
                shown->SetValue("MESSAGE", error.message);
                shown->SetValue("PREFIX", prefix);
                date->ShowSection("ERROR_CLASS");
                break;
            }
        }
    }
}

} // namespace

std::string admin_pulse_href(domain::CycleId cycle) {
    return admin_cycle_href(cycle) + "/pulse";
}

std::array<std::string, 6> round_fields(int number) {
    const auto prefix = "round-" + std::to_string(number) + "-";
    return {prefix + "opens-day",  prefix + "opens-month",  prefix + "opens-year",
            prefix + "closes-day", prefix + "closes-month", prefix + "closes-year"};
}

TypedRound typed_round(const domain::PulseRound& round) {
    TypedRound typed;
    std::size_t at = 0;
    for (const auto& date : {round.opens_on, round.closes_on}) {
        const std::chrono::year_month_day day{date.day()};
        typed[at++] = std::to_string(static_cast<unsigned>(day.day()));
        typed[at++] = std::to_string(static_cast<unsigned>(day.month()));
        typed[at++] = std::to_string(static_cast<int>(day.year()));
    }
    return typed;
}

void fill_pulse_dates(ctemplate::TemplateDictionary& page, domain::CycleId cycle,
                      const std::string& cycle_name, const app::PulseRoundPlan& plan,
                      const std::array<TypedRound, 3>& typed,
                      const std::map<int, app::PulseRoundCounts>& counts,
                      const std::array<std::string, 2>& withdraw, const std::vector<PageError>& errors,
                      const std::string& csrf, domain::Date today, const std::string& done) {
    page.SetValue("CYCLE", cycle_name);
    page.SetValue("ACTION", admin_pulse_href(cycle));
    page.SetValue("BACK", admin_cycle_href(cycle));
    page.SetValue("CSRF", csrf);
    page.SetValue("CLOSED_ON", plan.cycle_closes_on.display());
    if (plan.suggested) {
        page.ShowSection("SUGGESTED");
    }
    if (done == "saved") {
        page.AddSectionDictionary("DONE")->SetValue("MESSAGE", "The pulse's dates are saved.");
    } else if (done == "withdrawn") {
        page.AddSectionDictionary("DONE")->SetValue(
            "MESSAGE", "Withdrawn: their link no longer works, and anything they answered is not counted.");
    }
    page.SetValue("WITHDRAW_ACTION", admin_pulse_href(cycle) + "/withdraw");
    page.SetValue("WITHDRAW_SUBJECT", withdraw[0]);
    page.SetValue("WITHDRAW_RATER", withdraw[1]);
    for (const auto& error : errors) {
        if (error.field_id == "withdraw-subject") {
            page.ShowSection("WITHDRAW_ERROR_CLASS");
            page.AddSectionDictionary("WITHDRAW_ERROR")->SetValue("MESSAGE", error.message);
        }
    }
    for (int number = 1; number <= domain::most_pulse_rounds; ++number) {
        const domain::PulseRound* set = nullptr;
        if (!plan.suggested) {
            for (const auto& round : plan.rounds) {
                if (round.number == number) {
                    set = &round;
                }
            }
        }
        auto* round = page.AddSectionDictionary("ROUND");
        round->SetIntValue("NUMBER", number);
        round->SetValue("STATE", state_words(set, today));
        if (const auto found = counts.find(number);
            set != nullptr && found != counts.end() &&
            domain::state_of(*set, today) != domain::PulseRoundState::Scheduled) {
            auto* progress = round->AddSectionDictionary("COUNTS");
            progress->SetIntValue("SUBJECTS", found->second.subjects);
            progress->SetIntValue("INVITED", found->second.invited);
            progress->SetIntValue("ANSWERED", found->second.answered);
        }
        const auto& values = typed[static_cast<std::size_t>(number - 1)];
        fill_date_boxes(*round, number, values, errors);
    }
}

} // namespace leadline::web
