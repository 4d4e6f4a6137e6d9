// leadline_bench_reports: the data and Leadline's side of bench/reports (see docs/benchmarks.md).
//   leadline_bench_reports generate DB [SUBJECTS] [SEED]
//   leadline_bench_reports measure DB end-to-end|in-memory|aggregation
#include <cstdlib>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "measure_reports.hpp"
#include "synthetic_cycle.hpp"

namespace {

std::optional<leadline::bench::ReportsMeasure> measure_named(const std::string& name) {
    using leadline::bench::ReportsMeasure;
    if (name == "end-to-end") {
        return ReportsMeasure::EndToEnd;
    }
    if (name == "in-memory") {
        return ReportsMeasure::InMemory;
    }
    if (name == "aggregation") {
        return ReportsMeasure::Aggregation;
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char** argv) {
    using namespace leadline::bench;
    const std::string command = argc > 1 ? argv[1] : "";
    std::string problem;
    if (command == "generate" && (argc == 3 || argc == 4 || argc == 5)) {
        SyntheticCycleOptions options;
        if (argc >= 4) {
            options.subjects = std::stoul(argv[3]);
        }
        if (argc == 5) {
            options.seed = std::stoull(argv[4]);
        }
        problem = write_synthetic_cycle(argv[2], options);
    } else if (const auto what = argc == 4 ? measure_named(argv[3]) : std::nullopt;
               command == "measure" && what) {
        problem = measure_reports(argv[2], *what);
    } else {
        problem = "usage: leadline_bench_reports generate DB [SUBJECTS] [SEED]\n"
                  "       leadline_bench_reports measure DB end-to-end|in-memory|aggregation";
    }
    if (!problem.empty()) {
        fmt::print(stderr, "{}\n", problem);
        return EXIT_FAILURE;
    }
    return EXIT_SUCCESS;
}
