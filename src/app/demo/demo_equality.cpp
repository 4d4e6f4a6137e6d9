#include "app/demo/demo_equality.hpp"

#include <utility>

#include "domain/core/rng.hpp"

namespace leadline::app {

namespace {

using domain::EqualityField;

// A value and how often it is drawn; the weights of one field add up to 1.
using Weighted = std::vector<std::pair<const char*, double>>;

const std::vector<std::pair<EqualityField, Weighted>>& demo_proportions() {
    static const std::vector<std::pair<EqualityField, Weighted>> proportions{
        {EqualityField::Sex, {{"Female", 0.55}, {"Male", 0.43}, {"Prefer not to say", 0.02}}},
        {EqualityField::Ethnicity,
         {{"White", 0.80},
          {"Asian or Asian British", 0.08},
          {"Black, Black British, Caribbean or African", 0.05},
          {"Mixed or multiple ethnic groups", 0.03},
          {"Another ethnic group", 0.02},
          {"Prefer not to say", 0.02}}},
        {EqualityField::Disability,
         {{"Not disabled", 0.83}, {"Disabled", 0.13}, {"Prefer not to say", 0.04}}},
        {EqualityField::AgeBand,
         {{"16-24", 0.05},
          {"25-34", 0.22},
          {"35-44", 0.27},
          {"45-54", 0.27},
          {"55-64", 0.17},
          {"65 and over", 0.02}}},
        {EqualityField::WorkingPattern,
         {{"Full-time", 0.74}, {"Part-time", 0.20}, {"Job share", 0.02}, {"Compressed hours", 0.04}}},
    };
    return proportions;
}

std::string drawn(domain::Rng& rng, const Weighted& weighted) {
    double roll = rng.uniform();
    for (const auto& [value, weight] : weighted) {
        if (roll < weight) {
            return value;
        }
        roll -= weight;
    }
    return weighted.back().first;
}

} // namespace

domain::Result<std::size_t> write_demo_equality(Store& store, const DemoData& demo,
                                                const std::vector<domain::PersonId>& ids) {
    constexpr std::uint64_t own_stream = 0x5eed'e9a1;
    constexpr double nothing_recorded = 1.0 / 12.0;
    domain::Rng rng(demo.seed ^ own_stream);
    std::vector<EqualityChange> changes;
    std::size_t recorded = 0;
    for (const auto id : ids) {
        if (rng.chance(nothing_recorded)) {
            continue;
        }
        ++recorded;
        for (const auto& [field, weighted] : demo_proportions()) {
            changes.push_back({id, field, drawn(rng, weighted)});
        }
    }
    if (auto saved = store.equality().save_equality(changes); !saved) {
        return domain::fail(saved.error());
    }
    return recorded;
}

} // namespace leadline::app
