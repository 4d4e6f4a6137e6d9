#include "app/reporting/report_archive.hpp"

#include "app/reporting/report_json.hpp"
#include "app/text/csv_reader.hpp"
#include "app/text/zip_archive.hpp"

namespace leadline::app {

std::string cycle_figures_csv(const CycleReportSet& set) {
    std::string csv;
    bool header_written = false;
    for (const auto& subject : set.subjects) {
        const auto document = read_csv(report_csv(subject));
        for (std::size_t i = 0; i < document.records.size(); ++i) {
            if (i == 0 && header_written) {
                continue;
            }
            const bool header = i == 0;
            std::string line = header ? std::string("subject_email,subject_name")
                                      : csv_field(subject.email) + "," + csv_field(subject.name);
            for (const auto& field : document.records[i].fields) {
                line += "," + csv_field(csv_text(field));
            }
            csv += line + "\r\n";
            header_written = header_written || header;
        }
    }
    return csv;
}

domain::Result<std::string> reports_archive(const CycleReportSet& set, std::int64_t now,
                                            const ReportDrawing& draw) {
    ZipArchive archive(now);
    const std::string note =
        "The reports of " + set.cycle_name +
        ", as published in Leadline.\r\n\r\n"
        "Each HTML file is one person's report, complete in itself: open it in a web browser, or print "
        "it.\r\n"
        "figures.csv holds every figure of every report, one row per figure, for a spreadsheet.\r\n\r\n"
        "These files hold people's feedback. Keep them where only those who may read the reports can, and "
        "delete them when your organisation's retention period ends.\r\n";
    if (auto added = archive.add("READ ME.txt", note); !added) {
        return domain::fail(added.error());
    }
    if (auto added = archive.add("figures.csv", cycle_figures_csv(set)); !added) {
        return domain::fail(added.error());
    }
    for (const auto& subject : set.subjects) {
        const auto name = safe_file_name(subject.name + " (" + subject.email + ").html");
        if (auto added = archive.add(name, draw(subject)); !added) {
            return domain::fail(added.error());
        }
    }
    return archive.finish();
}

} // namespace leadline::app
