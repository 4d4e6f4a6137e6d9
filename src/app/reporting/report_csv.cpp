#include <cstdio>

#include "app/reporting/report_json.hpp"
#include "app/text/csv_reader.hpp"

namespace leadline::app {

namespace {

std::string figure(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.4f", value);
    return text;
}

struct CsvRows {
    std::string text = "level,attribute,behaviour,column,n,mean,sd,low,high,not_observed\r\n";

    void self(const char* level, const std::string& attribute, const std::string& behaviour,
              const std::optional<double>& score) {
        if (score) {
            text += std::string(level) + "," + csv_field(attribute) + "," + csv_field(behaviour) +
                    ",self,1," + figure(*score) + ",,,,\r\n";
        }
    }

    // A cell too small to be shown is not written at all: the CSV says no more than the page.
    void cell(const char* level, const std::string& attribute, const std::string& behaviour,
              const std::string& column, const domain::ReportCell& cell) {
        if (!cell.shown) {
            return;
        }
        const auto& score = cell.score;
        text += std::string(level) + "," + csv_field(attribute) + "," + csv_field(behaviour) + "," +
                csv_field(column) + "," + std::to_string(score.n) + "," + figure(score.mean) + "," +
                figure(score.sd) + "," + (score.has_interval() ? figure(score.low) : "") + "," +
                (score.has_interval() ? figure(score.high) : "") + "," + std::to_string(cell.not_observed) +
                "\r\n";
    }
};

} // namespace

std::string report_csv(const SubjectReport& subject) {
    const auto& report = subject.report;
    CsvRows rows;
    rows.self("overall", "", "", report.self_overall);
    rows.cell("overall", "", "", "others", report.others_overall);
    for (const auto& attribute : report.attributes) {
        const auto& id = attribute.id.value();
        rows.self("attribute", id, "", attribute.self);
        rows.cell("attribute", id, "", "others", attribute.others);
        for (std::size_t g = 0; g < report.groups.size(); ++g) {
            rows.cell("attribute", id, "", report_column_id(report.groups[g]), attribute.by_group[g]);
        }
        for (const auto& behaviour : attribute.behaviours) {
            rows.self("behaviour", id, behaviour.id.value(), behaviour.self);
            rows.cell("behaviour", id, behaviour.id.value(), "others", behaviour.others);
            for (std::size_t g = 0; g < report.groups.size(); ++g) {
                rows.cell("behaviour", id, behaviour.id.value(), report_column_id(report.groups[g]),
                          behaviour.by_group[g]);
            }
        }
    }
    return rows.text;
}

} // namespace leadline::app
