// leadline_bench_reports: the data and Leadline's side of bench/reports (see docs/benchmarks.md).
//   leadline_bench_reports generate DB [SUBJECTS] [SEED]
//   leadline_bench_reports measure DB end-to-end|in-memory
#include <cstdlib>
#include <string>

#include <fmt/format.h>

#include "measure_reports.hpp"
#include "synthetic_cycle.hpp"

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
    } else if (command == "measure" && argc == 4 &&
               (std::string(argv[3]) == "end-to-end" || std::string(argv[3]) == "in-memory")) {
        problem = measure_reports(argv[2], std::string(argv[3]) == "end-to-end" ? ReportsMeasure::EndToEnd
                                                                                : ReportsMeasure::InMemory);
    } else {
        problem = "usage: leadline_bench_reports generate DB [SUBJECTS] [SEED]\n"
                  "       leadline_bench_reports measure DB end-to-end|in-memory";
    }
    if (!problem.empty()) {
        fmt::print(stderr, "{}\n", problem);
        return EXIT_FAILURE;
    }
    return EXIT_SUCCESS;
}
