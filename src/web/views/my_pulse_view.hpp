#pragma once

#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/development/pulses.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// The subject's pulse page: where it lives.
[[nodiscard]] std::string my_pulse_href(domain::CycleId cycle);

// What a subject typed to add a rater, shown again with its problem.
struct TypedPulseRater {
    std::string email;
    std::string name;
    std::string group;
};

// Fills me_pulse.tpl: each round's dates and state; once a round has closed, what the subject may see of
// it (each area's change with its interval, the focus areas together, the honest change against the
// other areas, suggestions), or why nothing is shown; the raters they added, and the form to add one.
void fill_my_pulse(ctemplate::TemplateDictionary& page, domain::CycleId cycle, const std::string& cycle_name,
                   const std::vector<app::SubjectPulseRound>& rounds,
                   const std::vector<app::AddedPulseRater>& added, const TypedPulseRater& typed,
                   const std::vector<PageError>& errors, const std::string& csrf, const std::string& done);

} // namespace leadline::web
