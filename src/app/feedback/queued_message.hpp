#pragma once

#include <cstdint>
#include <string>

#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace leadline::app {

// Puts a message in the outbox signed off with the organisation's details (who sent it, whom to ask,
// the privacy notice), so every email says the same whichever use case writes it. Returns its id.
[[nodiscard]] domain::Result<std::int64_t> queue_message(Store& store, OutboxMessage message);

// The site's address without a trailing slash; the local one when none is set.
[[nodiscard]] std::string site_address(const std::string& base_url);

// How someone gets in, for the end of an email to them: the sign-in page for an account with a password,
// otherwise a fresh one-time link that lets them choose one (and an account, as a participant, for
// someone who has none yet). A closed account is told whom to ask.
[[nodiscard]] domain::Result<std::string>
sign_in_lines(Store& store, const Clock& clock, const std::string& base_url, const std::string& email);

} // namespace leadline::app
