#pragma once

#include <array>
#include <map>
#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/development/pulses.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

[[nodiscard]] std::string admin_pulse_href(domain::CycleId cycle);

// The boxes of one round as typed: opening day, month, year, then closing day, month, year.
using TypedRound = std::array<std::string, 6>;
// The name of each box of round `number`: "round-1-opens-day" and so on, in TypedRound's order.
[[nodiscard]] std::array<std::string, 6> round_fields(int number);
// A round's dates as boxes to show.
[[nodiscard]] TypedRound typed_round(const domain::PulseRound& round);

// Fills admin_pulse.tpl: the cycle's three rounds as date boxes (as typed, or as set or suggested), each
// with its state and, once opened, how far it has got (`counts`, by round number); the form that withdraws a
// rater (`withdraw`: the subject's and the rater's addresses as typed); and the problems to fix.
void fill_pulse_dates(ctemplate::TemplateDictionary& page, domain::CycleId cycle,
                      const std::string& cycle_name, const app::PulseRoundPlan& plan,
                      const std::array<TypedRound, 3>& typed,
                      const std::map<int, app::PulseRoundCounts>& counts,
                      const std::array<std::string, 2>& withdraw, const std::vector<PageError>& errors,
                      const std::string& csrf, domain::Date today, const std::string& done);

} // namespace leadline::web
