#include "domain/feedback/cycle_state.hpp"

namespace leadline::domain {

std::string_view to_string(CycleState state) {
    switch (state) {
    case CycleState::Draft:
        return "draft";
    case CycleState::Open:
        return "open";
    case CycleState::Closed:
        return "closed";
    case CycleState::Published:
        return "published";
    }
    return "draft";
}

std::optional<CycleState> cycle_state_from_string(std::string_view text) {
    for (auto state : {CycleState::Draft, CycleState::Open, CycleState::Closed, CycleState::Published}) {
        if (to_string(state) == text) {
            return state;
        }
    }
    return std::nullopt;
}

} // namespace leadline::domain
