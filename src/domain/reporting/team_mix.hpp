#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace leadline::domain {

// One team member's figures: others' mean for each attribute (absent where their report shows none).
struct TeamMember {
    std::vector<std::optional<double>> scores;
};

struct TeamMixInput {
    std::vector<std::string> attributes;
    std::vector<double> norms; // per attribute: the cycle's mean of others' scores across its subjects
    std::vector<TeamMember> members;
    double scale_range = 4.0; // highest minus lowest point of the scale
};

// What an attribute looks like across the team.
enum class TeamPattern {
    Gap,        // no one in the team is notably strong in it
    Dependency, // exactly one person is, so the team leans on them
    Strong,     // the team is notably above the cycle's norm, and more than one person carries it
    Even,       // none of the above
};

struct TeamAttribute {
    std::string name;
    bool shown = true; // false when too few members have a figure to show it safely
    std::size_t members_with_figure = 0;
    double team_mean = 0.0;
    double norm = 0.0;
    double difference = 0.0;  // team mean minus norm
    std::size_t carriers = 0; // members notably above the norm in it
    TeamPattern pattern = TeamPattern::Even;
};

struct TeamMix {
    std::size_t members = 0;
    std::vector<TeamAttribute> attributes;
};

// A member carries an attribute when others rate them at least this far above the cycle's norm for it:
// a sixteenth of the scale (0.25 points on 1 to 5), the report's "notable" step, so a carrier stands
// out from what the cycle sees generally rather than from their own other scores.
[[nodiscard]] double carrying_margin(double scale_range);

// The team's profile against the cycle's norms, with gaps, dependencies and strengths.
[[nodiscard]] TeamMix team_mix(const TeamMixInput& input);

// The mix as someone outside the HR team may see it: nothing when fewer than `k` members have
// figures; otherwise each attribute with fewer than `k` members' figures keeps only its name, so no
// member's own scores can be read from a mean (with `k` at least 3, even by another member).
[[nodiscard]] std::optional<TeamMix> team_mix_for_non_admins(const TeamMix& mix, std::size_t k);

} // namespace leadline::domain
