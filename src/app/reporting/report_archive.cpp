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

namespace {

std::string note_for(const CycleReportSet& set) {
    return "The reports of " + set.cycle_name +
           ", as published in Leadline.\r\n\r\n"
           "Each HTML file is one person's report, complete in itself: open it in a web browser, or print "
           "it.\r\n"
           "figures.csv holds every figure of every report, one row per figure, for a spreadsheet.\r\n\r\n"
           "These files hold people's feedback. Keep them where only those who may read the reports can, and "
           "delete them when your organisation's retention period ends.\r\n";
}

} // namespace

struct ReportsArchive::Writing {
    std::shared_ptr<const CycleReportSet> set;
    ReportDrawing draw;
    ZipArchive zip;
    std::size_t next_subject = 0;
    bool started = false;
    bool finished = false;
};

ReportsArchive::ReportsArchive(std::shared_ptr<const CycleReportSet> set, std::int64_t now,
                               ReportDrawing draw)
    : m_writing(std::make_unique<Writing>(Writing{std::move(set), std::move(draw), ZipArchive(now)})) {}

ReportsArchive::~ReportsArchive() = default;
ReportsArchive::ReportsArchive(ReportsArchive&&) noexcept = default;
ReportsArchive& ReportsArchive::operator=(ReportsArchive&&) noexcept = default;

domain::Result<std::optional<std::string>> ReportsArchive::next() {
    auto& writing = *m_writing;
    if (writing.finished) {
        return std::optional<std::string>{};
    }
    const auto& set = *writing.set;
    if (!writing.started) {
        writing.started = true;
        if (auto added = writing.zip.add("READ ME.txt", note_for(set)); !added) {
            return domain::fail(added.error());
        }
        if (auto added = writing.zip.add("figures.csv", cycle_figures_csv(set)); !added) {
            return domain::fail(added.error());
        }
        return std::optional<std::string>{writing.zip.take()};
    }
    if (writing.next_subject < set.subjects.size()) {
        const auto& subject = set.subjects[writing.next_subject++];
        const auto name = safe_file_name(subject.name + " (" + subject.email + ").html");
        if (auto added = writing.zip.add(name, writing.draw(subject)); !added) {
            return domain::fail(added.error());
        }
        return std::optional<std::string>{writing.zip.take()};
    }
    writing.finished = true;
    return std::optional<std::string>{writing.zip.finish()};
}

domain::Result<std::string> reports_archive(std::shared_ptr<const CycleReportSet> set, std::int64_t now,
                                            ReportDrawing draw) {
    ReportsArchive archive(std::move(set), now, std::move(draw));
    std::string whole;
    for (;;) {
        auto piece = archive.next();
        if (!piece) {
            return domain::fail(piece.error());
        }
        if (!*piece) {
            return whole;
        }
        whole += **piece;
    }
}

} // namespace leadline::app
