#pragma once

#include <map>
#include <optional>
#include <vector>

#include "app/ports/store.hpp"
#include "app/reporting/cycle_reports.hpp"

namespace leadline::app {

// Others' mean for each attribute of the set's framework, in framework order, where the subject's
// report shows one: what the heatmap and the team mix are built from.
[[nodiscard]] std::vector<std::optional<double>> others_by_attribute(const CycleReportSet& reports,
                                                                     const SubjectReport& subject);

// Each person's unit in the people directory.
[[nodiscard]] domain::Result<std::map<domain::PersonId, domain::UnitId>> units_of_people(Store& store);

// The directory's units and each person's unit: what every breakdown by unit starts from.
struct UnitDirectory {
    std::vector<domain::OrgUnit> units;
    std::map<domain::PersonId, domain::UnitId> unit_of;
};
[[nodiscard]] domain::Result<UnitDirectory> unit_directory(Store& store);

} // namespace leadline::app
