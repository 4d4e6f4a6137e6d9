#include "web/handlers/error_pages.hpp"

namespace leadline::web {

Response not_found_page(const PageRenderer& pages) {
    return pages.message(
        404, "Page not found",
        {"If you typed the web address, check it is correct.",
         "If you followed a link from an email, copy the whole link into your browser. If it still "
         "does not work, ask the person who sent it for a new one."});
}

Response problem_page(const PageRenderer& pages) {
    return pages.message(500, "Sorry, there is a problem with the service",
                         {"Try again in a few minutes. Answers you saved before are kept.",
                          "If it keeps happening, tell your HR or learning team."});
}

} // namespace leadline::web
