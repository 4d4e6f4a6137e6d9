#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/accounts/role.hpp"
#include "domain/core/strong_id.hpp"

namespace leadline::domain {

using UserId = StrongId<struct UserTag>;

// Someone who signs in. Participants and line managers are linked to their entry in the people
// directory; an administrator may not be in it. Emails are normalised (domain::normalise_email).
struct User {
    UserId id;
    std::string email;
    Role role = Role::Participant;
    std::optional<PersonId> person;
    bool has_password = false;
    // When an admin closed the account, or its person was marked as having left; it cannot be used since.
    std::optional<std::int64_t> deactivated_at;

    [[nodiscard]] bool active() const { return !deactivated_at.has_value(); }
};

} // namespace leadline::domain
