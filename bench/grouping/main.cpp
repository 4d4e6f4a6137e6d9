// leadline_bench_grouping FILE SECONDS SEED: solves one MDGPLIB instance with the learning-set
// search, checks the grouping, and prints the objective alone on its last line.
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include <fmt/format.h>

#include "domain/grouping/diverse_grouping.hpp"

int main(int argc, char** argv) {
    using namespace leadline::domain;
    if (argc != 4) {
        fmt::print(stderr, "usage: leadline_bench_grouping FILE SECONDS SEED\n");
        return EXIT_FAILURE;
    }
    std::ifstream in(argv[1]);
    std::stringstream text;
    text << in.rdbuf();
    const auto instance = parse_mdgplib(text.str());
    if (!instance) {
        fmt::print(stderr, "{}: {}\n", argv[1], instance.error().message);
        return EXIT_FAILURE;
    }
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::duration<double>(std::stod(argv[2]));
    GroupingSearch search;
    search.seed = std::stoull(argv[3]);
    search.time_is_up = [deadline] { return std::chrono::steady_clock::now() >= deadline; };
    const auto grouping = diverse_grouping(*instance, {}, search);
    if (!grouping) {
        fmt::print(stderr, "{}\n", grouping.error().message);
        return EXIT_FAILURE;
    }
    if (auto checked = check_grouping(*instance, grouping->group_of); !checked) {
        fmt::print(stderr, "infeasible: {}\n", checked.error().message);
        return EXIT_FAILURE;
    }
    fmt::print("local searches: {}\n{:.6f}\n", grouping->local_searches,
               grouping_objective(*instance, grouping->group_of));
    return EXIT_SUCCESS;
}
