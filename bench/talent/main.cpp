// leadline_bench_talent: times a talent review's fairness figures for a large population (issue 20's
// target: 50,000 people in under a second). See docs/benchmarks.md.
//   leadline_bench_talent DATABASE [PEOPLE]    a new SQLite file; default 50,000 people, 10 per line manager
// Writes the people (every one with the five equality fields recorded), starts a review of everyone with
// proposed and current placements, then times, side by side: the whole review's fairness and each line
// manager's through the product's use cases (reading from the database), and the same figures computed
// from people already in memory.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "app/frameworks/framework_catalog.hpp"
#include "app/people/equality_settings.hpp"
#include "app/talent/talent_reviews.hpp"
#include "domain/core/rng.hpp"
#include "domain/talent/fairness_by_reviewer.hpp"
#include "domain/talent/fairness_groups.hpp"
#include "storage/soci_store_factory.hpp"

namespace {

using namespace leadline;

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

domain::Placement random_placement(domain::Rng& rng) {
    if (rng.chance(0.05)) {
        return {domain::PlacementStatus::TooNewToAssess, {}};
    }
    return domain::placed_in(domain::box_at(static_cast<std::size_t>(rng.between(0, 8))));
}

// People in units of ten, each unit's first person managing the other nine; every field recorded.
domain::Result<void> write_people(app::Store& store, std::size_t count, domain::Rng& rng) {
    const auto categories = domain::default_equality_categories();
    auto unit = store.people().ensure_unit({"Bench"});
    if (!unit) {
        return domain::fail(unit.error());
    }
    std::vector<app::EqualityChange> changes;
    domain::PersonId manager;
    for (std::size_t i = 0; i < count; ++i) {
        domain::Person person;
        person.email = fmt::format("person{}@bench.example", i);
        person.name = fmt::format("Person {}", i);
        person.grade = "EO";
        person.unit = *unit;
        if (i % 10 != 0) {
            person.line_manager = manager;
        }
        auto id = store.people().save_person(person);
        if (!id) {
            return domain::fail(id.error());
        }
        if (i % 10 == 0) {
            manager = *id;
        }
        for (const auto field : domain::equality_fields) {
            const auto& values = categories.of(field);
            changes.push_back(
                {*id, field, values[static_cast<std::size_t>(rng.between(0, std::ssize(values) - 1))]});
        }
    }
    return store.equality().save_equality(changes);
}

// The figures from people in memory: every field, the three outcomes overall, and the top boxes and high
// potential by line manager, each with the domain functions alone.
std::size_t figures_in_memory(const std::vector<domain::ReviewedPerson>& people,
                              const std::vector<domain::PersonId>& managers,
                              const std::unordered_map<std::int64_t, domain::EqualityRecord>& records,
                              const domain::EqualityCategories& categories) {
    std::size_t groups = 0;
    std::unordered_map<std::int64_t, std::vector<domain::ReviewedPerson>> by_manager;
    for (std::size_t i = 0; i < people.size(); ++i) {
        by_manager[managers[i].value()].push_back({people[i].person, people[i].before, people[i].before});
    }
    using domain::ReviewOutcome;
    for (const auto field : domain::equality_fields) {
        for (const auto outcome :
             {ReviewOutcome::TopBox, ReviewOutcome::HighPotential, ReviewOutcome::MovedDown}) {
            const auto kind = outcome == ReviewOutcome::MovedDown ? domain::OutcomeKind::Adverse
                                                                  : domain::OutcomeKind::Favourable;
            const auto counts = domain::group_counts(people, records, field, categories, outcome);
            groups += domain::check_fairness(counts, kind, 5).value().groups.size();
        }
        for (const auto outcome : {ReviewOutcome::TopBox, ReviewOutcome::HighPotential}) {
            std::vector<std::vector<domain::GroupCount>> rows;
            rows.reserve(by_manager.size());
            for (const auto& [manager, theirs] : by_manager) {
                rows.push_back(domain::group_counts(theirs, records, field, categories, outcome));
            }
            groups +=
                domain::check_fairness_by_reviewer(std::move(rows), {}, domain::OutcomeKind::Favourable, 5)
                    .value()
                    .size();
        }
    }
    return groups;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        fmt::print(stderr, "usage: leadline_bench_talent DATABASE [PEOPLE]\n");
        return EXIT_FAILURE;
    }
    const std::size_t count = argc > 2 ? std::stoul(argv[2]) : 50'000;
    storage::SociStoreFactory factory;
    auto store = factory.open(argv[1], app::SchemaUpgrade::Apply);
    auto catalog = app::FrameworkCatalog::load_directory("frameworks");
    if (!store || !catalog) {
        fmt::print(stderr, "{}\n", !store ? store.error().message : catalog.error().message);
        return EXIT_FAILURE;
    }
    domain::Rng rng(11);
    std::int64_t review = 0;
    auto written = (*store)->in_transaction([&]() -> domain::Result<void> {
        if (auto people = write_people(**store, count, rng); !people) {
            return people;
        }
        auto started =
            app::start_talent_review(**store, *catalog->find("indicators-of-potential"), {"Bench", {}, 5}, 1);
        if (!started) {
            return domain::fail(started.error());
        }
        review = *started;
        auto members = (*store)->talent_reviews().members(review);
        if (!members) {
            return domain::fail(members.error());
        }
        for (const auto& member : *members) {
            if (auto proposed = (*store)->talent_reviews().propose_placement(review, member.person,
                                                                             random_placement(rng));
                !proposed) {
                return proposed;
            }
        }
        return {};
    });
    if (!written) {
        fmt::print(stderr, "{}\n", written.error().message);
        return EXIT_FAILURE;
    }
    auto members = (*store)->talent_reviews().members(review).value();
    const auto records = (*store)->equality().equality_records().value();
    const auto categories = app::equality_categories_in_use(**store).value();
    std::vector<domain::ReviewedPerson> people;
    std::vector<domain::PersonId> managers;
    for (const auto& member : members) {
        people.push_back({member.person, member.proposed, member.now});
        managers.push_back(member.line_manager.value_or(domain::PersonId{}));
    }
    std::vector<double> through_store;
    std::vector<double> in_memory;
    std::size_t checked = 0;
    for (int run = 0; run < 7; ++run) {
        auto start = std::chrono::steady_clock::now();
        auto report = app::talent_fairness_report(**store, review);
        if (!report) {
            fmt::print(stderr, "the figures failed\n");
            return EXIT_FAILURE;
        }
        through_store.push_back(seconds_since(start));
        start = std::chrono::steady_clock::now();
        checked += figures_in_memory(people, managers, records, categories);
        in_memory.push_back(seconds_since(start));
    }
    fmt::print("{} people, {} line managers, five characteristics; median of 7 runs (checked {})\n",
               people.size(), count / 10, checked);
    fmt::print("| case | seconds | ratio to in memory |\n|---|---|---|\n");
    fmt::print("| fairness, whole review and by line manager, through the use cases (reads included) | "
               "{:.3f} | {:.2f} |\n",
               median(through_store), median(through_store) / median(in_memory));
    fmt::print("| the same figures from people in memory | {:.3f} | 1.00 |\n", median(in_memory));
    // The first run works out every interval; later ones find most of them remembered (as a server does
    // after its first fairness page).
    fmt::print("| through the use cases, first run of the process | {:.3f} | {:.2f} |\n",
               through_store.front(), through_store.front() / median(in_memory));
    return EXIT_SUCCESS;
}
