#pragma once

#include <string>

#include "domain/core/rng.hpp"

namespace leadline::app {

// The secret in a rater's private link: 32 random bytes (256 bits) as URL-safe base64.
[[nodiscard]] std::string new_invitation_token();
// Any other secret of the same strength: session ids, sign-in links, form tokens.
[[nodiscard]] std::string new_secret_token();
// The same shape of token drawn from a seeded generator, for demo data only: reproducible, never secret.
[[nodiscard]] std::string demo_invitation_token(domain::Rng& rng);
// What is stored instead of the token: its SHA-256 as lower-case hex.
[[nodiscard]] std::string hash_token(std::string_view token);

} // namespace leadline::app
