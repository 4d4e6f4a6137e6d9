// leadline_bench_pulse: times a pulse round's results for every subject of a cycle (see docs/benchmarks.md).
//   leadline_bench_pulse DATABASE [SUBJECTS]     a new SQLite file; default 2000 subjects, 10 raters each
// Writes a published cycle and one pulse round (2 focus and 2 comparison areas per subject, about four
// raters in five answering), then times, side by side: reading the round and computing every result
// through the product's use case, and computing the same results from answers already in memory.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "app/development/pulses.hpp"
#include "app/frameworks/framework_cache.hpp"
#include "bench/reports/synthetic_cycle.hpp"
#include "domain/core/rng.hpp"
#include "storage/soci_store_factory.hpp"

namespace {

using namespace leadline;

class BenchClock final : public app::Clock {
  public:
    [[nodiscard]] std::int64_t now_seconds() const override { return 1'800'000'000; }
};

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        fmt::print(stderr, "usage: leadline_bench_pulse DATABASE [SUBJECTS]\n");
        return EXIT_FAILURE;
    }
    const std::string database = argv[1];
    const std::size_t subjects = argc > 2 ? std::stoul(argv[2]) : 2'000;
    if (auto problem = bench::write_synthetic_cycle(database, {subjects, 1}); !problem.empty()) {
        fmt::print(stderr, "{}\n", problem);
        return EXIT_FAILURE;
    }
    storage::SociStoreFactory factory;
    auto store = factory.open(database, app::SchemaUpgrade::Refuse);
    if (!store) {
        fmt::print(stderr, "{}\n", store.error().message);
        return EXIT_FAILURE;
    }
    const domain::CycleId cycle{1};
    auto loaded = (*store)->cycles().load_cycle(cycle);
    if (!loaded) {
        fmt::print(stderr, "{}\n", loaded.error().message);
        return EXIT_FAILURE;
    }
    const std::vector<domain::PulseItem> items{{domain::AttributeId("a1"), true},
                                               {domain::AttributeId("a2"), false},
                                               {domain::AttributeId("a3"), true},
                                               {domain::AttributeId("a4"), false}};
    domain::Rng rng(7);
    std::size_t answers = 0;
    auto written = (*store)->in_transaction([&]() -> domain::Result<void> {
        if (auto set = (*store)->pulses().set_pulse_rounds(
                cycle, {{1, *domain::Date::parse("2026-05-01"), *domain::Date::parse("2026-05-14")}});
            !set) {
            return set;
        }
        for (const auto& subject : loaded->subjects()) {
            if (auto set = (*store)->pulses().set_pulse_items(cycle, 1, subject.person, items); !set) {
                return set;
            }
            const double growth = rng.normal(0.6, 0.5);
            for (int r = 0; r < 10; ++r) {
                app::PulseInvitation invitation;
                invitation.cycle = cycle;
                invitation.subject = subject.person;
                invitation.email = fmt::format("rater-{}-{}@bench.example", subject.person.value(), r);
                auto id = (*store)->pulses().add_pulse_invitation(
                    invitation, fmt::format("{:064x}", subject.person.value() * 16 + r));
                if (!id) {
                    return domain::fail(id.error());
                }
                if (!rng.chance(0.8)) {
                    continue;
                }
                domain::PulseAnswer answer;
                for (const auto& item : items) {
                    const double mean = item.focus ? growth + 0.3 : 0.3;
                    answer.ratings.push_back(
                        {item.attribute,
                         static_cast<int>(std::clamp(std::lround(rng.normal(mean, 1.0)), -3L, 3L))});
                }
                if (rng.chance(0.3)) {
                    answer.feedforward = "Keep going with what you started.";
                }
                if (auto kept = (*store)->pulses().answer_pulse(*id, answer, 1); !kept) {
                    return kept;
                }
                ++answers;
            }
        }
        return {};
    });
    if (!written) {
        fmt::print(stderr, "{}\n", written.error().message);
        return EXIT_FAILURE;
    }
    app::FrameworkCache frameworks;
    app::PublishedReports published(frameworks, 1);
    const BenchClock clock;
    app::Pulses pulses(**store, published, clock);
    auto in_memory = (*store)->pulses().pulse_round_answers(cycle, 1);
    if (!in_memory) {
        fmt::print(stderr, "{}\n", in_memory.error().message);
        return EXIT_FAILURE;
    }
    std::vector<double> from_storage;
    std::vector<double> from_memory;
    std::size_t shown = 0;
    for (int run = 0; run < 5; ++run) {
        auto start = std::chrono::steady_clock::now();
        auto results = pulses.round_results(cycle, 1);
        from_storage.push_back(seconds_since(start));
        if (!results) {
            fmt::print(stderr, "{}\n", results.error().message);
            return EXIT_FAILURE;
        }
        shown = static_cast<std::size_t>(std::count_if(results->begin(), results->end(),
                                                       [](const auto& entry) { return entry.second.shown; }));
        start = std::chrono::steady_clock::now();
        std::size_t computed = 0;
        for (const auto& [subject, subject_answers] : *in_memory) {
            computed += domain::pulse_result(items, subject_answers, 3, 4).shown ? 1U : 0U;
        }
        from_memory.push_back(seconds_since(start));
        if (computed != shown) {
            fmt::print(stderr, "the two ways disagree: {} and {} results shown\n", computed, shown);
            return EXIT_FAILURE;
        }
    }
    const double storage_median = median(from_storage);
    const double memory_median = median(from_memory);
    fmt::print("{} subjects, {} answers, {} results shown\n", loaded->subjects().size(), answers, shown);
    fmt::print("round results from storage (median of 5): {:.3f} s\n", storage_median);
    fmt::print("the same computed from memory (median of 5): {:.4f} s\n", memory_median);
    fmt::print("storage / memory: {:.1f}\n", storage_median / memory_median);
    return EXIT_SUCCESS;
}
