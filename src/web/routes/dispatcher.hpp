#pragma once

#include <optional>

#include "web/handlers/exchange.hpp"
#include "web/routes/route_table.hpp"

namespace leadline::web {

// Answers requests from a route table: finds the route, checks that the visitor is in its audience and,
// for a post, that the form reads and carries the right token, then runs the route's answer. Unknown
// paths get 404, known paths with another method 405 with Allow; inside an area (/admin, /me, /api)
// both come only after the area's own check, so that addresses are not revealed to those who may not
// use them.
class Dispatcher {
  public:
    Dispatcher(const RouteTable& routes, Site& site) : m_routes(routes), m_site(site) {}

    [[nodiscard]] Response dispatch(const Request& request) const;
    // What a route can answer without the database, on the calling thread; nothing otherwise.
    [[nodiscard]] std::optional<Response> from_memory(const Request& request) const;
    // Whether a post to this path may carry a file, and so a larger body than a form's.
    [[nodiscard]] bool accepts_files(std::string_view path) const;

  private:
    // The signed-in person, or the answer for a visitor outside the audience.
    struct Admission {
        std::optional<app::SignedIn> who;
        std::optional<Response> refused;
    };
    [[nodiscard]] Admission admit(const Request& request, const Route& route, app::Store& store) const;
    // The answer for a post whose form cannot be read or lacks its token; nothing when it is fine.
    [[nodiscard]] std::optional<Response> check_form(const Exchange& exchange, bool form_read) const;
    // Unknown path or wrong method inside an area, once the visitor is admitted.
    [[nodiscard]] Response answer_unknown(const Request& request, const Resolution& resolution) const;
    // Records an admin's completed action in the audit log: who, the route's summary, the address, when.
    void record_admin_action(const Exchange& exchange) const;

    const RouteTable& m_routes;
    Site& m_site;
};

} // namespace leadline::web
