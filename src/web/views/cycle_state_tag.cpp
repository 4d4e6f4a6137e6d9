#include "web/views/cycle_state_tag.hpp"

namespace leadline::web {

namespace {

std::string colour_of(domain::CycleState state) {
    switch (state) {
    case domain::CycleState::Draft:
        return "govuk-tag--grey";
    case domain::CycleState::Open:
        return "govuk-tag--blue";
    case domain::CycleState::Closed:
        return "govuk-tag--orange";
    case domain::CycleState::Published:
        return "govuk-tag--green";
    }
    return "govuk-tag--grey";
}

std::string label_of(domain::CycleState state, StateWords words) {
    const bool admin = words == StateWords::Admin;
    switch (state) {
    case domain::CycleState::Draft:
        return admin ? "Draft" : "Not open yet";
    case domain::CycleState::Open:
        return "Open";
    case domain::CycleState::Closed:
        return "Closed";
    case domain::CycleState::Published:
        return admin ? "Published" : "Report published";
    }
    return "";
}

} // namespace

void set_cycle_state_tag(ctemplate::TemplateDictionary& where, domain::CycleState state, StateWords words) {
    where.SetValue("STATE", label_of(state, words));
    where.SetValue("STATE_COLOUR", colour_of(state));
}

} // namespace leadline::web
