#include "domain/reporting/team_mix.hpp"

#include <algorithm>

namespace leadline::domain {

double carrying_margin(double scale_range) {
    return scale_range / 16.0;
}

TeamMix team_mix(const TeamMixInput& input) {
    TeamMix mix;
    mix.members = input.members.size();
    const double margin = carrying_margin(input.scale_range);
    for (std::size_t a = 0; a < input.attributes.size(); ++a) {
        TeamAttribute attribute;
        attribute.name = input.attributes[a];
        attribute.norm = a < input.norms.size() ? input.norms[a] : 0.0;
        double sum = 0.0;
        for (const auto& member : input.members) {
            if (a >= member.scores.size() || !member.scores[a]) {
                continue;
            }
            ++attribute.members_with_figure;
            sum += *member.scores[a];
            if (*member.scores[a] >= attribute.norm + margin) {
                ++attribute.carriers;
            }
        }
        if (attribute.members_with_figure == 0) {
            attribute.shown = false;
            mix.attributes.push_back(attribute);
            continue;
        }
        attribute.team_mean = sum / static_cast<double>(attribute.members_with_figure);
        attribute.difference = attribute.team_mean - attribute.norm;
        if (attribute.carriers == 0) {
            attribute.pattern = TeamPattern::Gap;
        } else if (attribute.carriers == 1 && attribute.members_with_figure > 1) {
            attribute.pattern = TeamPattern::Dependency;
        } else if (attribute.difference >= margin && attribute.carriers >= 2) {
            attribute.pattern = TeamPattern::Strong;
        }
        mix.attributes.push_back(attribute);
    }
    return mix;
}

std::optional<TeamMix> team_mix_for_non_admins(const TeamMix& mix, std::size_t k) {
    std::size_t most = 0;
    for (const auto& attribute : mix.attributes) {
        most = std::max(most, attribute.members_with_figure);
    }
    if (most < k) {
        return std::nullopt;
    }
    TeamMix shown = mix;
    for (auto& attribute : shown.attributes) {
        if (attribute.members_with_figure < k) {
            attribute = TeamAttribute{attribute.name, false, 0, 0.0, 0.0, 0.0, 0, TeamPattern::Even};
        }
    }
    return shown;
}

} // namespace leadline::domain
