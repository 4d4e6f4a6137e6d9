#pragma once

#include <cmath>
#include <cstddef>
#include <map>
#include <utility>
#include <vector>

#include "domain/reporting/heatmap.hpp"

namespace leadline::testing {

// An attacker's view of a heatmap, written apart from the code that builds it: every additive fact
// they know (each row is the sum of the rows under it in every column; a row's overall is the mean
// of its attributes), and the hidden cells as unknowns. A hidden cell can be worked out when adding
// "this cell alone" to the known facts does not raise their rank. Dense elimination, full pivoting.
class DisclosureCheck {
  public:
    explicit DisclosureCheck(const domain::Heatmap& heatmap) : m_columns(heatmap.columns.size()) {
        for (std::size_t r = 0; r < heatmap.rows.size(); ++r) {
            for (std::size_t c = 0; c < m_columns; ++c) {
                if (!heatmap.rows[r].cells[c].shown) {
                    m_unknown[r * m_columns + c] = m_count++;
                }
            }
        }
        for (std::size_t r = 0; r < heatmap.rows.size(); ++r) {
            const auto& children = heatmap.rows[r].children;
            if (!children.empty()) {
                for (std::size_t c = 0; c < m_columns; ++c) {
                    std::vector<std::pair<std::size_t, double>> fact{{r * m_columns + c, 1.0}};
                    for (const auto child : children) {
                        fact.emplace_back(child * m_columns + c, -1.0);
                    }
                    add(fact);
                }
            }
            std::vector<std::pair<std::size_t, double>> across{
                {r * m_columns + m_columns - 1, static_cast<double>(m_columns - 1)}};
            for (std::size_t c = 0; c + 1 < m_columns; ++c) {
                across.emplace_back(r * m_columns + c, -1.0);
            }
            add(across);
        }
    }

    // Hidden cells (row, column) that the facts give away.
    [[nodiscard]] std::vector<std::pair<std::size_t, std::size_t>> given_away() const {
        std::vector<std::pair<std::size_t, std::size_t>> found;
        const auto base = rank(m_facts);
        for (const auto& [figure, unknown] : m_unknown) {
            auto with = m_facts;
            std::vector<double> alone(m_count, 0.0);
            alone[unknown] = 1.0;
            with.push_back(alone);
            if (rank(with) == base) {
                found.emplace_back(figure / m_columns, figure % m_columns);
            }
        }
        return found;
    }

  private:
    void add(const std::vector<std::pair<std::size_t, double>>& fact) {
        std::vector<double> row(m_count, 0.0);
        bool any = false;
        for (const auto& [figure, coefficient] : fact) {
            if (const auto found = m_unknown.find(figure); found != m_unknown.end()) {
                row[found->second] += coefficient;
                any = true;
            }
        }
        if (any) {
            m_facts.push_back(row);
        }
    }

    static std::size_t rank(std::vector<std::vector<double>> matrix) {
        std::size_t rank = 0;
        const std::size_t columns = matrix.empty() ? 0 : matrix[0].size();
        std::vector<bool> used(matrix.size(), false);
        for (std::size_t c = 0; c < columns; ++c) {
            std::size_t best = matrix.size();
            for (std::size_t r = 0; r < matrix.size(); ++r) {
                if (!used[r] && std::abs(matrix[r][c]) > 1e-9 &&
                    (best == matrix.size() || std::abs(matrix[r][c]) > std::abs(matrix[best][c]))) {
                    best = r;
                }
            }
            if (best == matrix.size()) {
                continue;
            }
            used[best] = true;
            ++rank;
            for (std::size_t r = 0; r < matrix.size(); ++r) {
                if (r != best && std::abs(matrix[r][c]) > 1e-12) {
                    const double factor = matrix[r][c] / matrix[best][c];
                    for (std::size_t k = c; k < columns; ++k) {
                        matrix[r][k] -= factor * matrix[best][k];
                    }
                }
            }
        }
        return rank;
    }

    std::size_t m_columns;
    std::size_t m_count = 0;
    std::map<std::size_t, std::size_t> m_unknown; // figure -> unknown
    std::vector<std::vector<double>> m_facts;
};

} // namespace leadline::testing
