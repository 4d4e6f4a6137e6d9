#include "app/development/pulse_by_unit.hpp"

#include <set>

namespace leadline::app {

namespace {

// The attributes some shown person worked on, in the framework's order.
std::vector<domain::AttributeId>
focus_columns(const domain::Framework& framework,
              const std::map<domain::PersonId, domain::PulseResult>& results) {
    std::set<domain::AttributeId> worked_on;
    for (const auto& [person, result] : results) {
        for (const auto& area : result.areas) {
            if (result.shown && area.shown && area.focus) {
                worked_on.insert(area.attribute);
            }
        }
    }
    std::vector<domain::AttributeId> columns;
    for (const auto& attribute : framework.attributes) {
        if (worked_on.contains(attribute.id)) {
            columns.push_back(attribute.id);
        }
    }
    return columns;
}

std::vector<std::optional<double>> changes_of(const domain::PulseResult& result,
                                              const std::vector<domain::AttributeId>& columns) {
    std::vector<std::optional<double>> scores(columns.size() + 1);
    for (const auto& area : result.areas) {
        if (!area.shown || !area.focus) {
            continue;
        }
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (columns[c] == area.attribute) {
                scores[c] = area.change.mean;
            }
        }
    }
    if (result.focus.n > 0) {
        scores.back() = result.focus.mean;
    }
    return scores;
}

} // namespace

domain::Result<domain::Heatmap> pulse_by_unit(const domain::Framework& framework,
                                              std::vector<domain::OrgUnit> units,
                                              const std::map<domain::PersonId, domain::UnitId>& unit_of,
                                              const std::map<domain::PersonId, domain::PulseResult>& results,
                                              std::size_t k) {
    const auto columns = focus_columns(framework, results);
    domain::HeatmapInput input;
    input.units = std::move(units);
    input.k = k;
    for (const auto& attribute : columns) {
        const auto* found = framework.find_attribute(attribute);
        input.columns.push_back(found != nullptr ? found->name : attribute.value());
    }
    for (const auto& [person, result] : results) {
        if (!result.shown) {
            continue;
        }
        const auto unit = unit_of.find(person);
        input.subjects.push_back(
            {unit == unit_of.end() ? domain::UnitId{} : unit->second, changes_of(result, columns)});
    }
    auto map = domain::build_heatmap(input);
    if (map) {
        map->columns.back() = all_focus_areas_column;
    }
    return map;
}

} // namespace leadline::app
