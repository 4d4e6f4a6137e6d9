#pragma once

#include <optional>
#include <string_view>

#include "web/http/response.hpp"

namespace leadline::web {

struct Exchange;
struct MemoryExchange;

// The methods a route is written for. A GET route also answers HEAD, without the body.
enum class RouteMethod { Get, Post };

// Who may use a route. Dispatch checks it before the route's answer runs.
enum class Audience {
    Anyone,      // no account needed: the home page, the health check, assets, signing in
    LinkHolder,  // whoever holds the private link in the path: raters, one-time sign-in links
    SignedIn,    // any signed-in account: signing out, the API
    Admin,       // the HR team
    HrTeam,      // the HR team and its HR viewers: pages that read progress and reports
    Participant, // participants and line managers, linked to someone in the people directory
};

// What a post must carry to show that it was sent from one of our own pages (cross-site forgery).
enum class FormToken {
    None,         // GET routes
    Session,      // the signed-in session's token
    RaterLink,    // derived from the rater's private link, the {token} parameter
    SignInLink,   // derived from the one-time sign-in link, the {link} parameter
    SignInCookie, // the sign-in page's own cookie, sent back in the form (double submit)
};

// Whether dispatch opens this thread's database connection before the answer runs.
enum class Database { Used, NotUsed };

// How large a post's body may be: a form's fields, or a whole file (a people file of thousands of lines,
// or a pasted list of thousands of addresses).
enum class Body { Form, File };

// The function that answers a route.
using Answer = Response (*)(const Exchange&);
// An answer given without the database, on the server's I/O thread; nothing when it needs the database.
using MemoryAnswer = std::optional<Response> (*)(const MemoryExchange&);

// One row of the route table: everything dispatch needs to know about an address, as data.
struct Route {
    RouteMethod method;
    // The path with typed parameters: "/admin/cycles/{cycle}/reports/{person}". The parameter types
    // are in route_pattern.hpp; a last segment "{file...}" takes the rest of the path.
    std::string_view pattern;
    Audience audience;
    FormToken form;
    Answer answer;
    std::string_view summary; // what the route is for, as `leadline routes` prints it
    MemoryAnswer from_memory = nullptr;
    Database database = Database::Used;
    Body body = Body::Form;
};

// Whether a route answers in JSON (the API) rather than with pages, failures included.
[[nodiscard]] inline bool answers_json(const Route& route) {
    return route.pattern == "/api" || route.pattern.starts_with("/api/");
}

// An area of the site: a path prefix whose unknown addresses are answered as the area's audience
// would be, so that a visitor who may not use the area learns nothing about which addresses exist.
struct Area {
    std::string_view prefix; // "/admin": the address itself and everything under "/admin/"
    Audience audience;
};

} // namespace leadline::web
