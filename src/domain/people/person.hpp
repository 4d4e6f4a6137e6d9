#pragma once

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
};

// Lower-cases and trims an email address and checks that it has the shape name@domain.tld.
[[nodiscard]] Result<std::string> normalise_email(std::string_view text);

} // namespace leadline::domain
