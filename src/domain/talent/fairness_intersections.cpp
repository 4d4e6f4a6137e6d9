#include "domain/talent/fairness_intersections.hpp"

#include <algorithm>
#include <limits>
#include <tuple>

#include "domain/statistics/linear_disclosure.hpp"

namespace leadline::domain {

namespace {

std::string value_of(const std::unordered_map<std::int64_t, EqualityRecord>& records, PersonId person,
                     EqualityField field) {
    const auto record = records.find(person.value());
    if (record == records.end() || record->second.count(field) == 0) {
        return std::string(not_recorded_group);
    }
    return record->second.at(field);
}

std::size_t index_of(const std::vector<GroupCount>& groups, const std::string& name) {
    return static_cast<std::size_t>(std::find_if(groups.begin(), groups.end(),
                                                 [&](const GroupCount& each) { return each.group == name; }) -
                                    groups.begin());
}

// The figures of the table in one list (cells row by row, then row totals, column totals and the grand
// total) and the sums that tie them together.
struct Layout {
    std::size_t rows = 0;
    std::size_t columns = 0;
    [[nodiscard]] std::size_t cell(std::size_t r, std::size_t c) const { return r * columns + c; }
    [[nodiscard]] std::size_t row_total(std::size_t r) const { return rows * columns + r; }
    [[nodiscard]] std::size_t column_total(std::size_t c) const { return rows * columns + rows + c; }
    [[nodiscard]] std::size_t grand_total() const { return rows * columns + rows + columns; }
    [[nodiscard]] std::size_t figures() const { return grand_total() + 1; }

    [[nodiscard]] std::vector<LinearRelation> relations() const {
        std::vector<LinearRelation> all;
        for (std::size_t r = 0; r < rows; ++r) {
            LinearRelation sum{{{row_total(r), -1.0}}};
            for (std::size_t c = 0; c < columns; ++c) {
                sum.terms.emplace_back(cell(r, c), 1.0);
            }
            all.push_back(std::move(sum));
        }
        for (std::size_t c = 0; c < columns; ++c) {
            LinearRelation sum{{{column_total(c), -1.0}}};
            for (std::size_t r = 0; r < rows; ++r) {
                sum.terms.emplace_back(cell(r, c), 1.0);
            }
            all.push_back(std::move(sum));
        }
        LinearRelation grand{{{grand_total(), -1.0}}};
        for (std::size_t r = 0; r < rows; ++r) {
            grand.terms.emplace_back(row_total(r), 1.0);
        }
        all.push_back(std::move(grand));
        return all;
    }
};

bool is_small(int people, int minimum) {
    return people > 0 && people < minimum;
}

// How many small figures someone could work out with these cells withheld.
std::size_t small_ones_derivable(const IntersectionTable& table, const Layout& layout,
                                 const std::vector<LinearRelation>& relations,
                                 const std::vector<bool>& hidden, int minimum) {
    std::size_t found = 0;
    for (const auto figure : derivable_hidden(layout.figures(), relations, hidden)) {
        int people = 0;
        if (figure < layout.rows * layout.columns) {
            people = table.cells[figure / layout.columns][figure % layout.columns].people;
        } else if (figure < layout.column_total(0)) {
            people = table.rows[figure - layout.row_total(0)].people;
        } else if (figure < layout.grand_total()) {
            people = table.columns[figure - layout.column_total(0)].people;
        }
        found += is_small(people, minimum) ? 1U : 0U;
    }
    return found;
}

} // namespace

IntersectionTable intersection_counts(std::span<const ReviewedPerson> people,
                                      const std::unordered_map<std::int64_t, EqualityRecord>& records,
                                      EqualityField first, EqualityField second,
                                      const EqualityCategories& categories, ReviewOutcome outcome) {
    IntersectionTable table{group_counts(people, records, first, categories, outcome),
                            group_counts(people, records, second, categories, outcome),
                            {}};
    for (const auto& row : table.rows) {
        auto& cells = table.cells.emplace_back();
        for (const auto& column : table.columns) {
            cells.push_back({row.group + ", " + column.group, 0, 0, false});
        }
    }
    // Counted as group_counts counts them in the single tables, so that rows and columns add up.
    for (const auto& person : people) {
        const auto [counts, had] = counted(person, outcome);
        if (!counts) {
            continue;
        }
        const auto r = index_of(table.rows, value_of(records, person.person, first));
        const auto c = index_of(table.columns, value_of(records, person.person, second));
        if (r < table.rows.size() && c < table.columns.size()) {
            ++table.cells[r][c].people;
            table.cells[r][c].with_outcome += had ? 1 : 0;
        }
    }
    return table;
}

std::vector<std::vector<bool>> intersection_withheld(const IntersectionTable& table, int minimum) {
    const Layout layout{table.rows.size(), table.columns.size()};
    const auto relations = layout.relations();
    std::vector<bool> hidden(layout.figures(), false);
    const auto row_hidden = hidden_groups(table.rows, minimum);
    const auto column_hidden = hidden_groups(table.columns, minimum);
    for (std::size_t r = 0; r < layout.rows; ++r) {
        hidden[layout.row_total(r)] = row_hidden[r];
        for (std::size_t c = 0; c < layout.columns; ++c) {
            hidden[layout.cell(r, c)] = is_small(table.cells[r][c].people, minimum);
        }
    }
    for (std::size_t c = 0; c < layout.columns; ++c) {
        hidden[layout.column_total(c)] = column_hidden[c];
    }
    // Rows and columns that hold a small cell: hiding next to it is what usually protects it.
    const auto near_small = [&](std::size_t r, std::size_t c) {
        for (std::size_t other = 0; other < layout.columns; ++other) {
            if (is_small(table.cells[r][other].people, minimum)) {
                return true;
            }
        }
        for (std::size_t other = 0; other < layout.rows; ++other) {
            if (is_small(table.cells[other][c].people, minimum)) {
                return true;
            }
        }
        return false;
    };
    // Each pass withholds one more cell, so this ends within as many passes as there are cells.
    while (small_ones_derivable(table, layout, relations, hidden, minimum) > 0) {
        std::size_t best = layout.figures();
        std::tuple<std::size_t, bool, int> best_score{std::numeric_limits<std::size_t>::max(), true, 0};
        for (std::size_t r = 0; r < layout.rows; ++r) {
            for (std::size_t c = 0; c < layout.columns; ++c) {
                const auto at = layout.cell(r, c);
                if (hidden[at]) {
                    continue;
                }
                hidden[at] = true;
                const std::tuple<std::size_t, bool, int> score{
                    small_ones_derivable(table, layout, relations, hidden, minimum), !near_small(r, c),
                    table.cells[r][c].people};
                hidden[at] = false;
                if (score < best_score) {
                    best_score = score;
                    best = at;
                }
            }
        }
        if (best == layout.figures()) {
            break; // nothing left to withhold: every cell with somebody is hidden already
        }
        hidden[best] = true;
    }
    std::vector<std::vector<bool>> withheld(layout.rows, std::vector<bool>(layout.columns, false));
    for (std::size_t r = 0; r < layout.rows; ++r) {
        for (std::size_t c = 0; c < layout.columns; ++c) {
            withheld[r][c] = hidden[layout.cell(r, c)];
        }
    }
    return withheld;
}

Result<FairnessCheck> check_intersection(const IntersectionTable& table, OutcomeKind kind, int minimum) {
    const auto withheld = intersection_withheld(table, minimum);
    std::vector<GroupCount> groups;
    for (std::size_t r = 0; r < table.cells.size(); ++r) {
        for (std::size_t c = 0; c < table.cells[r].size(); ++c) {
            auto cell = table.cells[r][c];
            cell.withheld = withheld[r][c];
            groups.push_back(std::move(cell));
        }
    }
    auto check = check_fairness(groups, kind, minimum);
    if (!check) {
        return check;
    }
    // check_fairness leaves out groups with nobody; an empty combination that is withheld must still be
    // listed as hidden, or its absence would say it is empty.
    std::vector<GroupFairness> listed;
    auto present = check->groups.begin();
    for (const auto& group : groups) {
        if (group.people > 0) {
            listed.push_back(std::move(*present++));
        } else if (group.withheld) {
            GroupFairness hidden;
            hidden.group = group.group;
            listed.push_back(std::move(hidden));
        }
    }
    check->groups = std::move(listed);
    return check;
}

} // namespace leadline::domain
