#include "domain/reporting/heatmap.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "domain/statistics/linear_disclosure.hpp"

namespace leadline::domain {

namespace {

struct Accumulator {
    std::size_t subjects = 0;
    double sum = 0.0;
};

class HeatmapBuilder {
  public:
    explicit HeatmapBuilder(const HeatmapInput& input) : m_input(input), m_columns(input.columns.size() + 1) {
        for (const auto& unit : input.units) {
            m_children[unit.parent ? unit.parent->value() : 0].push_back(&unit);
            m_known_units.insert(unit.id.value());
        }
        for (auto& [parent, children] : m_children) {
            std::sort(children.begin(), children.end(),
                      [](const OrgUnit* a, const OrgUnit* b) { return a->name < b->name; });
        }
        for (std::size_t i = 0; i < input.subjects.size(); ++i) {
            m_members[input.subjects[i].unit.value()].push_back(i);
        }
    }

    Heatmap build() {
        Heatmap heatmap;
        heatmap.columns = m_input.columns;
        heatmap.columns.emplace_back("Overall");
        heatmap.k = m_input.k;
        m_heatmap = &heatmap;
        std::vector<std::size_t> everyone(m_input.subjects.size());
        for (std::size_t i = 0; i < everyone.size(); ++i) {
            everyone[i] = i;
        }
        add_row("Whole organisation", 0, std::nullopt, false, everyone);
        for (const auto* top : m_children[0]) {
            if (const auto row = add_unit(*top, 1)) {
                heatmap.rows[0].children.push_back(*row);
            }
        }
        // Subjects whose unit is not in the directory still count in the whole organisation, so they
        // get a row of their own and the organisation stays the sum of its rows.
        std::vector<std::size_t> unplaced;
        for (std::size_t i = 0; i < m_input.subjects.size(); ++i) {
            if (m_known_units.count(m_input.subjects[i].unit.value()) == 0) {
                unplaced.push_back(i);
            }
        }
        if (!unplaced.empty()) {
            const auto row = add_row("Unit not recorded", 1, std::nullopt, false, unplaced);
            heatmap.rows[0].children.push_back(row);
        }
        hide_what_must_be_hidden();
        return heatmap;
    }

  private:
    // Adds the unit's row and those below it; nullopt when no subject is in it or below.
    std::optional<std::size_t> add_unit(const OrgUnit& unit, int depth) {
        std::vector<std::size_t> subjects = subjects_below(unit);
        if (subjects.empty()) {
            return std::nullopt;
        }
        const auto row = add_row(unit.name, depth, unit.id, false, subjects);
        std::vector<std::size_t> children;
        for (const auto* child : m_children[unit.id.value()]) {
            if (const auto child_row = add_unit(*child, depth + 1)) {
                children.push_back(*child_row);
            }
        }
        const auto own = m_members.find(unit.id.value());
        if (!children.empty() && own != m_members.end() && !own->second.empty()) {
            children.push_back(
                add_row(unit.name + " (not in a team below)", depth + 1, unit.id, true, own->second));
        }
        m_heatmap->rows[row].children = std::move(children);
        return row;
    }

    std::vector<std::size_t> subjects_below(const OrgUnit& unit) {
        std::vector<std::size_t> subjects;
        std::vector<const OrgUnit*> pending{&unit};
        while (!pending.empty()) {
            const auto* next = pending.back();
            pending.pop_back();
            if (const auto own = m_members.find(next->id.value()); own != m_members.end()) {
                subjects.insert(subjects.end(), own->second.begin(), own->second.end());
            }
            for (const auto* child : m_children[next->id.value()]) {
                pending.push_back(child);
            }
        }
        return subjects;
    }

    std::size_t add_row(std::string label, int depth, std::optional<UnitId> unit, bool direct,
                        const std::vector<std::size_t>& subjects) {
        HeatmapRow row;
        row.label = std::move(label);
        row.depth = depth;
        row.unit = unit;
        row.direct_members_only = direct;
        std::vector<Accumulator> totals(m_columns);
        for (const auto subject : subjects) {
            const auto& scores = m_input.subjects[subject].scores;
            for (std::size_t c = 0; c < m_columns; ++c) {
                if (scores[c]) {
                    ++totals[c].subjects;
                    totals[c].sum += *scores[c];
                }
            }
        }
        for (const auto& total : totals) {
            HeatmapCell cell;
            cell.subjects = total.subjects;
            cell.mean = total.subjects > 0 ? total.sum / static_cast<double>(total.subjects) : 0.0;
            cell.shown = true;
            row.cells.push_back(cell);
        }
        m_heatmap->rows.push_back(std::move(row));
        return m_heatmap->rows.size() - 1;
    }

    [[nodiscard]] std::size_t figure(std::size_t row, std::size_t column) const {
        return row * m_columns + column;
    }

    [[nodiscard]] std::vector<LinearRelation> relations() const {
        std::vector<LinearRelation> all;
        const auto& rows = m_heatmap->rows;
        const double attributes = static_cast<double>(m_columns - 1);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (!rows[r].children.empty()) {
                for (std::size_t c = 0; c < m_columns; ++c) {
                    LinearRelation relation;
                    relation.terms.emplace_back(figure(r, c), 1.0);
                    for (const auto child : rows[r].children) {
                        relation.terms.emplace_back(figure(child, c), -1.0);
                    }
                    all.push_back(std::move(relation));
                }
            }
            if (m_columns > 1) {
                LinearRelation across;
                across.terms.emplace_back(figure(r, m_columns - 1), attributes);
                for (std::size_t c = 0; c + 1 < m_columns; ++c) {
                    across.terms.emplace_back(figure(r, c), -1.0);
                }
                all.push_back(std::move(across));
            }
        }
        return all;
    }

    // Hides, among the relation's shown cells that have subjects, the one with fewest subjects (the
    // deepest row on a tie, then the first); false when there is none.
    bool hide_one_more(const LinearRelation& relation, std::vector<bool>& hidden) {
        std::optional<std::size_t> choice;
        auto better = [&](std::size_t a, std::size_t b) {
            const auto& cell_a = cell(a);
            const auto& cell_b = cell(b);
            if (cell_a.subjects != cell_b.subjects) {
                return cell_a.subjects < cell_b.subjects;
            }
            const int depth_a = m_heatmap->rows[a / m_columns].depth;
            const int depth_b = m_heatmap->rows[b / m_columns].depth;
            return depth_a != depth_b ? depth_a > depth_b : a < b;
        };
        for (const auto& [figure_index, coefficient] : relation.terms) {
            if (!hidden[figure_index] && cell(figure_index).subjects > 0 &&
                (!choice || better(figure_index, *choice))) {
                choice = figure_index;
            }
        }
        if (!choice) {
            return false;
        }
        hidden[*choice] = true;
        return true;
    }

    HeatmapCell& cell(std::size_t figure_index) {
        return m_heatmap->rows[figure_index / m_columns].cells[figure_index % m_columns];
    }

    void hide_what_must_be_hidden() {
        const auto all = relations();
        const std::size_t figures = m_heatmap->rows.size() * m_columns;
        std::vector<bool> hidden(figures, false);
        std::vector<bool> too_small(figures, false);
        for (std::size_t f = 0; f < figures; ++f) {
            const auto subjects = cell(f).subjects;
            too_small[f] = hidden[f] = subjects > 0 && subjects < m_input.k;
        }
        // A relation with one hidden cell gives it away at once; with the whole elimination as the
        // final word, this first pass only saves rounds of it.
        std::vector<std::vector<std::size_t>> relations_of(figures);
        for (std::size_t i = 0; i < all.size(); ++i) {
            for (const auto& term : all[i].terms) {
                relations_of[term.first].push_back(i);
            }
        }
        for (;;) {
            bool changed = true;
            while (changed) {
                changed = false;
                for (const auto& relation : all) {
                    const auto count = std::count_if(relation.terms.begin(), relation.terms.end(),
                                                     [&](const auto& term) { return hidden[term.first]; });
                    if (count == 1 && hide_one_more(relation, hidden)) {
                        changed = true;
                    }
                }
            }
            const auto derivable = derivable_hidden(figures, all, hidden);
            if (derivable.empty()) {
                break;
            }
            bool hid = false;
            for (const auto relation : relations_of[derivable.front()]) {
                if (hide_one_more(all[relation], hidden)) {
                    hid = true;
                    break;
                }
            }
            if (!hid) {
                // Every relation of the cell is hidden already yet it can be worked out: hide the
                // smallest shown cell anywhere, which must end, as hiding everything protects all.
                LinearRelation everything;
                for (std::size_t f = 0; f < figures; ++f) {
                    everything.terms.emplace_back(f, 1.0);
                }
                if (!hide_one_more(everything, hidden)) {
                    break;
                }
            }
        }
        for (std::size_t f = 0; f < figures; ++f) {
            if (hidden[f]) {
                auto& hidden_cell = cell(f);
                hidden_cell.shown = false;
                hidden_cell.subjects = 0;
                hidden_cell.mean = 0.0;
                ++(too_small[f] ? m_heatmap->hidden_too_small : m_heatmap->hidden_to_protect);
            }
        }
    }

    const HeatmapInput& m_input;
    std::size_t m_columns;
    std::map<long long, std::vector<const OrgUnit*>> m_children; // parent id (0 for none) -> units
    std::set<long long> m_known_units;
    std::map<long long, std::vector<std::size_t>> m_members; // unit id -> subjects directly in it
    Heatmap* m_heatmap = nullptr;
};

} // namespace

Result<Heatmap> build_heatmap(const HeatmapInput& input) {
    if (input.k < 2) {
        return fail(ErrorCode::InvalidInput, "The smallest group shown must be at least 2 people.");
    }
    for (const auto& subject : input.subjects) {
        if (subject.scores.size() != input.columns.size() + 1) {
            return fail(ErrorCode::InvalidInput,
                        "Each subject needs a score (or none) for every attribute and for overall.");
        }
    }
    return HeatmapBuilder(input).build();
}

} // namespace leadline::domain
