#pragma once

#include <cstdint>
#include <vector>

namespace leadline::domain {

// A small, fully specified random generator (xoshiro256**, seeded by splitmix64). Unlike the
// standard library's distributions, every draw is defined here, so a seed gives the same results
// on every compiler and platform: demo data and solvers are reproducible.
class Rng {
  public:
    explicit Rng(std::uint64_t seed);

    [[nodiscard]] std::uint64_t next();
    // Uniform in [0, 1).
    [[nodiscard]] double uniform();
    // Uniform integer in [low, high], both included.
    [[nodiscard]] std::int64_t between(std::int64_t low, std::int64_t high);
    // Normal with the given mean and standard deviation (Box-Muller).
    [[nodiscard]] double normal(double mean, double sd);
    [[nodiscard]] bool chance(double probability) { return uniform() < probability; }

    template <class T> void shuffle(std::vector<T>& items) {
        for (std::size_t i = items.size(); i > 1; --i) {
            auto j = static_cast<std::size_t>(between(0, static_cast<std::int64_t>(i - 1)));
            std::swap(items[i - 1], items[j]);
        }
    }

  private:
    std::uint64_t m_state[4];
};

} // namespace leadline::domain
