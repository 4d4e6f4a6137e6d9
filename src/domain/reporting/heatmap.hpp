#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "domain/core/result.hpp"
#include "domain/people/org_unit.hpp"

namespace leadline::domain {

// One subject's figures for the heatmap: their unit and others' mean for each column (attributes in
// framework order, then the overall score), absent where their report shows none.
struct HeatmapSubject {
    UnitId unit;
    std::vector<std::optional<double>> scores;
};

struct HeatmapInput {
    std::vector<OrgUnit> units;       // the directory's units, any order
    std::vector<std::string> columns; // attribute names; the overall column is the last score
    std::vector<HeatmapSubject> subjects;
    std::size_t k = 5; // fewest subjects a cell may show
};

struct HeatmapCell {
    bool shown = false; // false: hidden, because it is too small or to protect one that is
    std::size_t subjects = 0;
    double mean = 0.0; // only when shown and subjects > 0
};

struct HeatmapRow {
    std::string label;
    int depth = 0;                     // 0 for the whole organisation
    std::optional<UnitId> unit;        // none for the whole organisation
    bool direct_members_only = false;  // the unit's own people, not those in its teams below
    std::vector<HeatmapCell> cells;    // one per column, overall last
    std::vector<std::size_t> children; // rows whose subjects together make up this row's
};

struct Heatmap {
    std::vector<std::string> columns; // as given, then "Overall"
    std::vector<HeatmapRow> rows;     // the whole organisation, then units depth first
    std::size_t k = 5;
    std::size_t hidden_too_small = 0;  // cells with 1 to k-1 subjects
    std::size_t hidden_to_protect = 0; // cells hidden so that no small one can be worked out
};

// Every unit's mean per column across its subjects (a subject counts in their unit and every unit
// above it). A cell with 1 to k-1 subjects is hidden, and then further cells are hidden, fewest
// subjects first, until no hidden cell can be worked out from the shown ones: not from a parent
// minus its other children, not from a row's overall minus its other columns, nor any chain of
// these (checked by exact elimination, see linear_disclosure.hpp). A unit with both its own people
// and teams below gets a row for its own people, so that every row is the sum of the rows under it.
// InvalidInput when k is below 2 or a subject's scores do not match the columns.
[[nodiscard]] Result<Heatmap> build_heatmap(const HeatmapInput& input);

} // namespace leadline::domain
