#include "domain/feedback/rater_group.hpp"

#include <utility>

namespace leadline::domain {

namespace {
struct GroupNames {
    RaterGroup group;
    std::string_view id;
    std::string_view display;
};

constexpr std::array<GroupNames, 7> group_names{{
    {RaterGroup::Self, "self", "Self"},
    {RaterGroup::LineManager, "line-manager", "Line manager"},
    {RaterGroup::Peer, "peer", "Peers"},
    {RaterGroup::DirectReport, "direct-report", "Direct reports"},
    {RaterGroup::Partner, "partner", "Partners"},
    {RaterGroup::ServiceUser, "service-user", "Service users"},
    {RaterGroup::Other, "other", "Other raters"},
}};
} // namespace

std::string_view to_string(RaterGroup group) {
    for (const auto& names : group_names) {
        if (names.group == group) {
            return names.id;
        }
    }
    return "other";
}

std::optional<RaterGroup> rater_group_from_string(std::string_view text) {
    for (const auto& names : group_names) {
        if (names.id == text) {
            return names.group;
        }
    }
    return std::nullopt;
}

std::string_view display_name(RaterGroup group) {
    for (const auto& names : group_names) {
        if (names.group == group) {
            return names.display;
        }
    }
    return "Other raters";
}

} // namespace leadline::domain
