#pragma once

#include <string>
#include <string_view>

#include "domain/core/result.hpp"

namespace leadline::app {

// An Argon2id hash of a password in libsodium's self-describing string form (salt and costs included),
// so costs can be raised later without breaking stored hashes.
[[nodiscard]] domain::Result<std::string> hash_password(std::string_view password);
// Whether the password matches the stored hash. Takes the same time whether or not it does.
[[nodiscard]] bool password_matches(const std::string& stored_hash, std::string_view password);
// Spends the time a check would, for sign-ins to unknown accounts, so timing does not reveal which exist.
void spend_password_check_time(std::string_view password);

} // namespace leadline::app
