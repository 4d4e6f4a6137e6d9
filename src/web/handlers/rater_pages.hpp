#pragma once

#include "web/handlers/exchange.hpp"

namespace leadline::web {

// The rater's journey at /r/{token}: introduction, one page per attribute, check answers, send,
// confirmation. Raters have no account: the private token in the link is their key. Pages a GET
// reaches come from the questionnaire kept in memory when there is one (the *_from_memory answers,
// on the I/O thread), else from the database, which keeps them for next time.

[[nodiscard]] Response rater_introduction(const Exchange& exchange);
[[nodiscard]] Response rater_attribute(const Exchange& exchange);
[[nodiscard]] Response rater_check(const Exchange& exchange);
[[nodiscard]] Response rater_done(const Exchange& exchange);
[[nodiscard]] std::optional<Response> rater_introduction_from_memory(const MemoryExchange& exchange);
[[nodiscard]] std::optional<Response> rater_attribute_from_memory(const MemoryExchange& exchange);
[[nodiscard]] std::optional<Response> rater_check_from_memory(const MemoryExchange& exchange);
[[nodiscard]] std::optional<Response> rater_done_from_memory(const MemoryExchange& exchange);

// POST /r/{token}/a/{page}: saves an attribute's answers, then goes to the next page to fill (or back
// to the introduction for "save and come back later").
[[nodiscard]] Response save_rater_attribute(const Exchange& exchange);
// POST /r/{token}/submit: sends the answers, or shows the check page with what is missing.
[[nodiscard]] Response submit_rater_answers(const Exchange& exchange);

} // namespace leadline::web
