#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace leadline::bench {

struct SyntheticCycleOptions {
    std::size_t subjects = 100'000;
    std::uint64_t seed = 1;
};

// Writes a published 360 cycle into a new Leadline database: subjects each rated by themselves,
// their line manager and ten others (peers, direct reports and partners in varying numbers, so some
// groups fall under the minimum and are merged), on a framework of 8 attributes of 5 behaviours.
// Twelve responses of 40 ratings per subject; about one rating in twenty is "not observed".
// Returns an error message, empty on success.
[[nodiscard]] std::string write_synthetic_cycle(const std::filesystem::path& database,
                                                const SyntheticCycleOptions& options);

inline constexpr int bench_attributes = 8;
inline constexpr int bench_behaviours_per_attribute = 5;

} // namespace leadline::bench
