#pragma once

#include <map>
#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "app/development/pulses.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// What a rater chose for each area ("-3" to "3", or "unseen"), keyed by attribute id, and their suggestion.
struct TypedPulse {
    std::map<std::string, std::string> changes;
    std::string feedforward;
};

// The field that holds an area's answer: "change-" and the attribute's id.
[[nodiscard]] std::string pulse_field(const domain::AttributeId& attribute);
// What a kept answer looks like typed, to show it again.
[[nodiscard]] TypedPulse typed_pulse(const app::PulseLinkView& view);

// Fills pulse.tpl: who the pulse is about and why, one question per area (seven choices from much less to
// much more effective, or not seen enough to say), the suggestion box, what is done with the answers.
// `done`: "sent" just after an answer was kept.
void fill_pulse(ctemplate::TemplateDictionary& page, const app::PulseLinkView& view, const TypedPulse& typed,
                const std::vector<PageError>& errors, const std::string& token, const std::string& form_token,
                const std::string& done);

} // namespace leadline::web
