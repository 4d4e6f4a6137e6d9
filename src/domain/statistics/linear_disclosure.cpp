#include "domain/statistics/linear_disclosure.hpp"

#include <cmath>
#include <map>

namespace leadline::domain {

namespace {

constexpr double tolerance = 1e-9;

} // namespace

std::vector<std::size_t> derivable_hidden(std::size_t figures, const std::vector<LinearRelation>& relations,
                                          const std::vector<bool>& hidden) {
    // Hidden figures become the unknowns; shown ones are constants and drop out.
    std::vector<std::size_t> unknown_of(figures, figures);
    std::vector<std::size_t> figure_of;
    for (std::size_t i = 0; i < figures; ++i) {
        if (hidden[i]) {
            unknown_of[i] = figure_of.size();
            figure_of.push_back(i);
        }
    }
    const std::size_t unknowns = figure_of.size();
    // Sparse rows, eliminated one at a time (rows stay short for tables shaped like trees).
    std::vector<std::map<std::size_t, double>> rows;
    for (const auto& relation : relations) {
        std::map<std::size_t, double> row;
        for (const auto& [figure, coefficient] : relation.terms) {
            if (figure < figures && hidden[figure]) {
                row[unknown_of[figure]] += coefficient;
            }
        }
        std::erase_if(row, [](const auto& term) { return std::abs(term.second) < tolerance; });
        if (!row.empty()) {
            rows.push_back(std::move(row));
        }
    }
    // Reduced row echelon form: each pivot row's pivot is eliminated from every other row.
    std::vector<std::size_t> pivot_row(unknowns, rows.size()); // unknown -> row whose pivot it is
    std::vector<bool> is_pivot_row(rows.size(), false);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        auto& row = rows[r];
        // Eliminate existing pivots from this row.
        bool changed = true;
        while (changed) {
            changed = false;
            for (const auto& [unknown, coefficient] : row) {
                if (pivot_row[unknown] < rows.size()) {
                    const double factor = coefficient;
                    for (const auto& [other, value] : rows[pivot_row[unknown]]) {
                        row[other] -= factor * value;
                    }
                    std::erase_if(row, [](const auto& term) { return std::abs(term.second) < tolerance; });
                    changed = true;
                    break;
                }
            }
        }
        if (row.empty()) {
            continue;
        }
        // The largest coefficient becomes the pivot, scaled to one.
        auto pivot = row.begin();
        for (auto it = row.begin(); it != row.end(); ++it) {
            if (std::abs(it->second) > std::abs(pivot->second)) {
                pivot = it;
            }
        }
        const std::size_t pivot_unknown = pivot->first;
        const double scale = pivot->second;
        for (auto& term : row) {
            term.second /= scale;
        }
        // Eliminate the new pivot from earlier pivot rows.
        for (std::size_t earlier = 0; earlier < r; ++earlier) {
            if (!is_pivot_row[earlier]) {
                continue;
            }
            auto& other = rows[earlier];
            const auto found = other.find(pivot_unknown);
            if (found == other.end()) {
                continue;
            }
            const double factor = found->second;
            for (const auto& [unknown, value] : row) {
                other[unknown] -= factor * value;
            }
            std::erase_if(other, [](const auto& term) { return std::abs(term.second) < tolerance; });
        }
        pivot_row[pivot_unknown] = r;
        is_pivot_row[r] = true;
    }
    // A pivot unknown is fixed when its row names no other unknown (no free unknown to vary).
    std::vector<std::size_t> derivable;
    for (std::size_t unknown = 0; unknown < unknowns; ++unknown) {
        if (pivot_row[unknown] < rows.size() && rows[pivot_row[unknown]].size() == 1) {
            derivable.push_back(figure_of[unknown]);
        }
    }
    return derivable;
}

} // namespace leadline::domain
