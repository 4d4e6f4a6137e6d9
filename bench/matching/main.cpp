// leadline_bench_matching: times domain::match_mentors on synthetic programmes (see docs/benchmarks.md).
//   leadline_bench_matching all-pairs [MENTEES MENTORS]          default 5000 × 1000, capacity 5
//   leadline_bench_matching shortlist [MENTEES MENTORS PER_MENTEE] default 100000 × 20000, 50 each
#include <sys/resource.h>

#include <chrono>
#include <cstdlib>
#include <random>
#include <string>

#include <fmt/format.h>

#include "domain/matching/mentor_matching.hpp"

namespace {

using namespace leadline::domain;

MatchingProblem programme(std::size_t mentees, std::size_t mentors, std::mt19937_64& random) {
    std::vector<AttributeId> areas;
    for (int a = 1; a <= 8; ++a) {
        areas.emplace_back("attribute-" + std::to_string(a));
    }
    std::uniform_int_distribution<std::size_t> area(0, areas.size() - 1);
    std::uniform_int_distribution<int> department(1, 12);
    std::uniform_int_distribution<int> grade(1, 6);
    std::normal_distribution<double> strength(0.1, 0.4);
    MatchingProblem problem;
    problem.preferences.different_department = true;
    problem.preferences.more_senior = true;
    for (std::size_t i = 0; i < mentees; ++i) {
        Mentee mentee{PersonId{static_cast<long long>(i + 1)},
                      {},
                      fmt::format("D{}", department(random)),
                      grade(random)};
        for (int k = 0; k < 3; ++k) {
            mentee.to_develop.push_back(areas[area(random)]);
        }
        problem.mentees.push_back(std::move(mentee));
    }
    for (std::size_t j = 0; j < mentors; ++j) {
        Mentor mentor{PersonId{static_cast<long long>(mentees + j + 1)},
                      {},
                      5,
                      fmt::format("D{}", department(random)),
                      grade(random)};
        for (const auto& id : areas) {
            mentor.strengths[id] = strength(random);
        }
        problem.mentors.push_back(std::move(mentor));
    }
    return problem;
}

long peak_mib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char** argv) {
    const std::string mode = argc > 1 ? argv[1] : "";
    const bool shortlist = mode == "shortlist";
    if (!shortlist && mode != "all-pairs") {
        fmt::print(stderr,
                   "usage: leadline_bench_matching all-pairs|shortlist [MENTEES MENTORS [PER_MENTEE]]\n");
        return EXIT_FAILURE;
    }
    const std::size_t mentees = argc > 2 ? std::stoul(argv[2]) : (shortlist ? 100'000 : 5'000);
    const std::size_t mentors = argc > 3 ? std::stoul(argv[3]) : (shortlist ? 20'000 : 1'000);
    const std::size_t per_mentee = argc > 4 ? std::stoul(argv[4]) : 50;
    std::mt19937_64 random(1);
    auto problem = programme(mentees, mentors, random);
    if (shortlist) {
        std::uniform_int_distribution<std::size_t> any_mentor(0, mentors - 1);
        problem.candidates.emplace();
        for (std::size_t i = 0; i < mentees; ++i) {
            for (std::size_t k = 0; k < per_mentee; ++k) {
                problem.candidates->emplace_back(i, any_mentor(random));
            }
        }
    }
    const auto start = std::chrono::steady_clock::now();
    const auto result = match_mentors(problem);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!result) {
        fmt::print(stderr, "{}\n", result.error().message);
        return EXIT_FAILURE;
    }
    fmt::print("{} mentees x {} mentors ({}): elapsed {:.2f} s, {} matched, {} unmatched, total fit {:.3f}, "
               "peak {} MiB\n",
               mentees, mentors, shortlist ? fmt::format("{} candidates each", per_mentee) : "all pairs",
               seconds, result->matches.size(), result->unmatched.size(), result->total_fit, peak_mib());
    return EXIT_SUCCESS;
}
