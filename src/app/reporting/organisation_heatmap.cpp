#include "app/reporting/organisation_heatmap.hpp"

#include <cstdio>
#include <map>

#include "app/reporting/report_figures.hpp"
#include "app/text/csv_reader.hpp"

namespace leadline::app {

domain::Result<domain::Heatmap> organisation_heatmap(Store& store, const CycleReportSet& reports,
                                                     std::size_t k) {
    if (k < smallest_heatmap_minimum || k > largest_heatmap_minimum) {
        return domain::fail(domain::ErrorCode::InvalidInput,
                            "The smallest group shown must be between " +
                                std::to_string(smallest_heatmap_minimum) + " and " +
                                std::to_string(largest_heatmap_minimum) + " people.");
    }
    auto directory = unit_directory(store);
    if (!directory) {
        return domain::fail(directory.error());
    }
    domain::HeatmapInput input;
    input.units = std::move(directory->units);
    input.k = k;
    for (const auto& attribute : reports.framework->attributes) {
        input.columns.push_back(attribute.name);
    }
    for (const auto& subject : reports.subjects) {
        domain::HeatmapSubject entry;
        const auto unit = directory->unit_of.find(subject.subject);
        entry.unit = unit == directory->unit_of.end() ? domain::UnitId{} : unit->second;
        entry.scores = others_by_attribute(reports, subject);
        const auto& overall = subject.report.others_overall;
        entry.scores.push_back(overall.shown ? std::optional<double>(overall.score.mean) : std::nullopt);
        input.subjects.push_back(std::move(entry));
    }
    return domain::build_heatmap(input);
}

std::string heatmap_csv(const domain::Heatmap& heatmap) {
    std::string text = "unit,level,attribute,subjects,mean,note\r\n";
    for (const auto& row : heatmap.rows) {
        for (std::size_t c = 0; c < heatmap.columns.size(); ++c) {
            const auto& cell = row.cells[c];
            text += csv_field(row.label) + "," + std::to_string(row.depth) + "," +
                    csv_field(heatmap.columns[c]) + ",";
            if (!cell.shown) {
                text += ",,hidden to protect anonymity\r\n";
            } else if (cell.subjects == 0) {
                text += "0,,no one\r\n";
            } else {
                char mean[32];
                std::snprintf(mean, sizeof mean, "%.4f", cell.mean);
                text += std::to_string(cell.subjects) + "," + mean + ",\r\n";
            }
        }
    }
    return text;
}

} // namespace leadline::app
