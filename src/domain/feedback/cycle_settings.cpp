#include "domain/feedback/cycle_settings.hpp"

#include <array>
#include <utility>

namespace leadline::domain {

namespace {
constexpr std::array<std::pair<RaterListApproval, std::string_view>, 3> approval_names{{
    {RaterListApproval::None, "none"},
    {RaterListApproval::LineManager, "line-manager"},
    {RaterListApproval::HrTeam, "hr"},
}};
} // namespace

std::string_view to_string(RaterListApproval approval) {
    for (const auto& [value, name] : approval_names) {
        if (value == approval) {
            return name;
        }
    }
    return "none";
}

std::optional<RaterListApproval> rater_list_approval_from_string(std::string_view text) {
    for (const auto& [value, name] : approval_names) {
        if (name == text) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace leadline::domain
