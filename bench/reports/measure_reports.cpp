#include "measure_reports.hpp"

#include <chrono>

#include <fmt/format.h>

#include "app/reporting/cycle_reports.hpp"
#include "storage/soci_store_factory.hpp"

namespace leadline::bench {

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The attribute cells by rater column, which is what the SQL engines aggregate: how many are shown,
// and the sums of their counts, means and standard deviations.
class Checksum {
  public:
    void add(const domain::ReportCell& cell) {
        if (cell.shown) {
            ++m_cells;
            m_raters += cell.score.n;
            m_means += cell.score.mean;
            m_deviations += cell.score.sd;
        }
    }
    void print() const {
        fmt::print("checksum: {} cells, {} rater scores, sum of means {:.4f}, sum of sds {:.4f}\n", m_cells,
                   m_raters, m_means, m_deviations);
    }

  private:
    long long m_cells = 0;
    long long m_raters = 0;
    double m_means = 0.0;
    double m_deviations = 0.0;
};

void print_checksum(const app::CycleReportSet& set) {
    Checksum checksum;
    for (const auto& subject : set.subjects) {
        for (const auto& attribute : subject.report.attributes) {
            for (const auto& cell : attribute.by_group) {
                checksum.add(cell);
            }
        }
    }
    checksum.print();
}

void print_checksum(const std::vector<domain::CellAggregation>& subjects) {
    Checksum checksum;
    for (const auto& subject : subjects) {
        for (const auto& attribute : subject.attributes) {
            for (const auto& cell : attribute) {
                checksum.add(cell);
            }
        }
    }
    checksum.print();
}

} // namespace

std::string measure_reports(const std::filesystem::path& database, ReportsMeasure what) {
    storage::SociStoreFactory factory;
    auto store = factory.open(database.string(), app::SchemaUpgrade::Refuse);
    if (!store) {
        return store.error().message;
    }
    app::FrameworkCache frameworks;
    const domain::CycleId cycle_id{1};
    if (what == ReportsMeasure::EndToEnd) {
        const auto start = Clock::now();
        auto set = app::CycleReports(**store, frameworks).all(cycle_id);
        const double elapsed = seconds_since(start);
        if (!set) {
            return set.error().message;
        }
        fmt::print("leadline, database to reports: elapsed {:.2f} s for {} subjects\n", elapsed,
                   set->subjects.size());
        print_checksum(*set);
        return {};
    }
    const auto loading = Clock::now();
    auto cycle = (*store)->cycles().load_cycle(cycle_id);
    if (!cycle) {
        return cycle.error().message;
    }
    const auto& settings = cycle->settings();
    auto framework =
        frameworks.get((*store)->frameworks(), settings.framework.value(), settings.framework_version);
    if (!framework) {
        return framework.error().message;
    }
    auto responses = (*store)->responses().submitted_responses(cycle_id);
    if (!responses) {
        return responses.error().message;
    }
    const auto answers = app::answers_by_subject(std::move(*responses));
    fmt::print("(read in {:.2f} s, not counted)\n", seconds_since(loading));
    if (what == ReportsMeasure::Aggregation) {
        const auto start = Clock::now();
        const auto cells = app::aggregate_cycle_cells(*cycle, **framework, answers);
        const double elapsed = seconds_since(start);
        fmt::print(
            "leadline, answers in memory to the attribute cells alone: elapsed {:.2f} s for {} subjects\n",
            elapsed, cells.size());
        print_checksum(cells);
        return {};
    }
    const auto start = Clock::now();
    auto set = app::build_cycle_reports(*cycle, *framework, {}, answers);
    const double elapsed = seconds_since(start);
    if (!set) {
        return set.error().message;
    }
    fmt::print("leadline, answers in memory to reports: elapsed {:.2f} s for {} subjects\n", elapsed,
               set->subjects.size());
    print_checksum(*set);
    return {};
}

} // namespace leadline::bench
