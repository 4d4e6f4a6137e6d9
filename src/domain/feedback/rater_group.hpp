#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace leadline::domain {

// Who a rater is to the subject. The order is the order reports show them in.
enum class RaterGroup { Self, LineManager, Peer, DirectReport, Partner, ServiceUser, Other };

inline constexpr std::array<RaterGroup, 7> all_rater_groups{
    RaterGroup::Self,    RaterGroup::LineManager, RaterGroup::Peer,  RaterGroup::DirectReport,
    RaterGroup::Partner, RaterGroup::ServiceUser, RaterGroup::Other,
};

// Stable identifiers used in files and the database: "self", "line-manager", "peer", ...
[[nodiscard]] std::string_view to_string(RaterGroup group);
[[nodiscard]] std::optional<RaterGroup> rater_group_from_string(std::string_view text);
// Words for people: "Line manager", "Service users".
[[nodiscard]] std::string_view display_name(RaterGroup group);

} // namespace leadline::domain
