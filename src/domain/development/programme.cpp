#include "domain/development/programme.hpp"

#include <algorithm>
#include <map>

namespace leadline::domain {

ProgrammePulse programme_pulse(std::span<const PulseResult> results) {
    ProgrammePulse programme;
    std::vector<AttributeId> order;
    std::map<AttributeId, std::pair<std::vector<double>, std::vector<double>>> values;
    for (const auto& result : results) {
        ++programme.subjects_asked;
        if (!result.shown) {
            continue;
        }
        ++programme.subjects_shown;
        switch (result.honest) {
        case HonestChange::MoreInFocus:
            ++programme.more_in_focus;
            break;
        case HonestChange::NotClear:
            ++programme.not_clear;
            break;
        case HonestChange::LessInFocus:
            ++programme.less_in_focus;
            break;
        case HonestChange::TooFew:
            ++programme.too_few;
            break;
        }
        for (const auto& area : result.areas) {
            if (!area.shown) {
                continue;
            }
            if (!values.contains(area.attribute)) {
                order.push_back(area.attribute);
            }
            auto& [focus, comparison] = values[area.attribute];
            (area.focus ? focus : comparison).push_back(area.change.mean);
        }
    }
    for (const auto& attribute : order) {
        const auto& [focus, comparison] = values[attribute];
        programme.areas.push_back({attribute, bounded_to(summarise(focus), least_change, most_change),
                                   bounded_to(summarise(comparison), least_change, most_change)});
    }
    return programme;
}

} // namespace leadline::domain
