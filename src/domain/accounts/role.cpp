#include "domain/accounts/role.hpp"

#include <array>

namespace leadline::domain {

namespace {
struct RoleNames {
    Role role;
    std::string_view id;
    std::string_view display;
};

constexpr std::array<RoleNames, 4> role_names{{
    {Role::Admin, "admin", "Administrator"},
    {Role::Participant, "participant", "Participant"},
    {Role::LineManager, "line-manager", "Line manager"},
    {Role::HrViewer, "hr-viewer", "HR viewer"},
}};
} // namespace

std::string_view to_string(Role role) {
    for (const auto& names : role_names) {
        if (names.role == role) {
            return names.id;
        }
    }
    return "participant";
}

std::optional<Role> role_from_string(std::string_view text) {
    for (const auto& names : role_names) {
        if (names.id == text) {
            return names.role;
        }
    }
    return std::nullopt;
}

std::string_view display_name(Role role) {
    for (const auto& names : role_names) {
        if (names.role == role) {
            return names.display;
        }
    }
    return "Participant";
}

} // namespace leadline::domain
