#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// The HR team's pages for running cycles, under /admin.

// GET /admin: every cycle, with its state and subjects.
[[nodiscard]] Response admin_cycles(const Exchange& exchange);
// GET /admin/cycles/{cycle}: settings, progress (?standing= where subjects stand, ?find= by name or
// email, ?page=), the next step and the forms that apply.
[[nodiscard]] Response admin_cycle(const Exchange& exchange);
// GET /admin/cycles/{cycle}/progress.csv: the subjects the progress table selects (all pages), as CSV.
[[nodiscard]] Response progress_csv(const Exchange& exchange);
// POST /admin/cycles/{cycle}/subjects: adds a subject from the people directory, with their
// self-assessment.
[[nodiscard]] Response add_subject(const Exchange& exchange);
// POST /admin/cycles/{cycle}/remind: reminders to raters who have not answered.
[[nodiscard]] Response remind_raters(const Exchange& exchange);
// POST /admin/cycles/{cycle}/open, /close, /publish: the cycle's next step.
[[nodiscard]] Response open_cycle(const Exchange& exchange);
[[nodiscard]] Response close_cycle(const Exchange& exchange);
[[nodiscard]] Response publish_cycle(const Exchange& exchange);
// GET /admin/outbox: the emails sent and waiting.
[[nodiscard]] Response admin_outbox(const Exchange& exchange);
// POST /admin/outbox/{message}/sent: an admin sent a waiting message themselves.
[[nodiscard]] Response mark_message_sent(const Exchange& exchange);
// POST /admin/outbox/{message}/retry: tries a message the mail server refused again at once.
[[nodiscard]] Response retry_message(const Exchange& exchange);

} // namespace leadline::web
