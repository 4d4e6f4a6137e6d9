#pragma once

#include <cstdint>

#include "app/ports/store.hpp"

namespace leadline::app {

// Puts a message in the outbox signed off with the organisation's details (who sent it, whom to ask,
// the privacy notice), so every email says the same whichever use case writes it. Returns its id.
[[nodiscard]] domain::Result<std::int64_t> queue_message(Store& store, OutboxMessage message);

} // namespace leadline::app
