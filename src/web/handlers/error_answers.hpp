#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/core/error.hpp"
#include "web/handlers/exchange.hpp"

namespace leadline::web {

// How a page refuses a request (a 4xx other than "not found"), in that page's own words. The error's
// message is always shown; these come around it.
struct Refusal {
    std::string heading;             // empty: the heading for the error's code
    std::vector<std::string> advice; // paragraphs after the error's message
};

// The HTTP status for each kind of failure; the one place this mapping is written.
[[nodiscard]] int status_for(domain::ErrorCode code);

// The one way a failure becomes an answer. Its status comes from status_for; an API route gets JSON
// ({"error": ...}), a page route a page: "not found" for NotFound, a refusal with the error's message
// for the other 4xx, and for internal and unavailable errors the problem page with a reference. Those
// are logged with the same reference, the route's pattern (never the path: links carry secrets) and
// the error's message.
[[nodiscard]] Response error_answer(const Exchange& exchange, const domain::Error& error,
                                    const Refusal& refusal = {});

// "Page not found", in the words for who is asking: a signed-in person keeps their header and is
// pointed back to their pages. `paragraphs` replaces the usual advice.
[[nodiscard]] Response not_found(const Exchange& exchange, const std::vector<std::string>& paragraphs = {});
// "Page not found" for someone who is not signed in: it never says whether a private link existed.
[[nodiscard]] Response not_found_page(const PageRenderer& pages);
// A 400 for a form whose fields this page does not have: a stale page or tampering.
[[nodiscard]] Response unexpected_field(const Exchange& exchange, std::string_view field);

// A fault found outside a handler (an exception, the database not opening): logged with the request's
// reference and `where` (a route pattern or what was being done), answered as the problem page or JSON.
[[nodiscard]] Response fault_answer(const PageRenderer& pages, const Request& request, std::string_view where,
                                    const domain::Error& error, bool json);

} // namespace leadline::web
