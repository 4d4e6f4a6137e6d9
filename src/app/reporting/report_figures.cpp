#include "app/reporting/report_figures.hpp"

namespace leadline::app {

std::vector<std::optional<double>> others_by_attribute(const CycleReportSet& reports,
                                                       const SubjectReport& subject) {
    std::map<domain::AttributeId, const domain::AttributeResult*> results;
    for (const auto& result : subject.report.attributes) {
        results.emplace(result.id, &result);
    }
    std::vector<std::optional<double>> scores;
    for (const auto& attribute : reports.framework->attributes) {
        const auto found = results.find(attribute.id);
        scores.push_back(found != results.end() && found->second->others.shown
                             ? std::optional<double>(found->second->others.score.mean)
                             : std::nullopt);
    }
    return scores;
}

domain::Result<std::map<domain::PersonId, domain::UnitId>> units_of_people(Store& store) {
    auto people = store.people().people();
    if (!people) {
        return domain::fail(people.error());
    }
    std::map<domain::PersonId, domain::UnitId> unit_of;
    for (const auto& person : *people) {
        unit_of.emplace(person.id, person.unit);
    }
    return unit_of;
}

domain::Result<UnitDirectory> unit_directory(Store& store) {
    auto units = store.people().units();
    if (!units) {
        return domain::fail(units.error());
    }
    auto unit_of = units_of_people(store);
    if (!unit_of) {
        return domain::fail(unit_of.error());
    }
    return UnitDirectory{std::move(*units), std::move(*unit_of)};
}

} // namespace leadline::app
