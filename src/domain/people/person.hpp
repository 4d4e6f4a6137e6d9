#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/core/result.hpp"
#include "domain/core/strong_id.hpp"

namespace leadline::domain {

struct Person {
    PersonId id;
    std::string email;
    std::string name;
    std::string grade;
    std::string profession;
    std::string region;
    UnitId unit;
    std::optional<PersonId> line_manager;
    // When HR marked them as having left (seconds since the epoch). A leaver keeps their history in past
    // cycles but can no longer sign in, be added to a cycle or be asked for feedback.
    std::optional<std::int64_t> left_at;
};

// Lower-cases and trims an email address and checks that it has the shape name@domain.tld.
[[nodiscard]] Result<std::string> normalise_email(std::string_view text);

} // namespace leadline::domain
