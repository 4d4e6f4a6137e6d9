#include "web/routes/dispatcher.hpp"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "web/handlers/error_answers.hpp"
#include "web/http/form_tokens.hpp"
#include "web/http/multipart_form.hpp"
#include "web/views/site_navigation.hpp"

namespace leadline::web {

namespace {

constexpr std::size_t least_form_cookie_length = 32;

Response method_not_allowed(const std::vector<RouteMethod>& methods) {
    auto refused = Response::text(405, "This address does not accept that method.\n");
    refused.set_header("Allow", allow_header(methods));
    return refused;
}

// Admins and HR viewers may take part in cycles too, when their account is linked to their entry in the
// people directory.
bool in_audience(Audience audience, const domain::User& user) {
    const auto role = user.role;
    const bool hr_team = role == domain::Role::Admin || role == domain::Role::HrViewer;
    switch (audience) {
    case Audience::Admin:
        return role == domain::Role::Admin;
    case Audience::HrTeam:
        return hr_team;
    case Audience::Participant:
        return role == domain::Role::Participant || role == domain::Role::LineManager ||
               (hr_team && user.person.has_value());
    default:
        return true;
    }
}

// The route that stands for an unknown address inside an area, so that it is answered in the area's way.
Route area_route(const Area& area) {
    return Route{RouteMethod::Get, area.prefix, area.audience,
                 FormToken::None,  nullptr,     "an unknown address"};
}

} // namespace

Dispatcher::Admission Dispatcher::admit(const Request& request, const Route& route, app::Store& store) const {
    if (route.audience == Audience::Anyone || route.audience == Audience::LinkHolder) {
        return {};
    }
    app::Accounts accounts(store, m_site.clock);
    auto who = accounts.signed_in(request.cookie(session_cookie_name).value_or(""));
    if (!who) {
        return {std::nullopt,
                fault_answer(m_site.pages, request, route.pattern, who.error(), answers_json(route))};
    }
    if (!*who) {
        if (answers_json(route)) {
            return {std::nullopt, Response::json(401, R"({"error":"Sign in first."})")};
        }
        return {std::nullopt, Response::redirect("/sign-in")};
    }
    const auto& person = **who;
    if (!in_audience(route.audience, person.user)) {
        const auto viewer = viewer_for(person, "");
        return {std::nullopt, m_site.pages.message(403, "You cannot see this page",
                                                   {"Your account does not give you access to it.",
                                                    "If you think it should, ask your HR or learning team."},
                                                   &viewer)};
    }
    if (route.audience == Audience::Participant && !person.user.person) {
        const auto viewer = viewer_for(person, "/me");
        return {std::nullopt, m_site.pages.message(
                                  200, "Your feedback",
                                  {"Your account is not linked to anyone in the people directory, so there "
                                   "is no feedback to show. Ask your HR team."},
                                  &viewer)};
    }
    return {std::move(*who), std::nullopt};
}

std::optional<Response> Dispatcher::check_form(const Exchange& exchange, bool form_read) const {
    if (exchange.request.method != Method::Post) {
        return std::nullopt;
    }
    if (!form_read) {
        return error_answer(exchange, {domain::ErrorCode::InvalidInput,
                                       "The form could not be read. Go back and try again."});
    }
    const auto sent = exchange.field("csrf");
    std::string expected;
    std::vector<std::string> advice;
    switch (exchange.route.form) {
    case FormToken::None:
        return std::nullopt;
    case FormToken::Session:
        expected = exchange.signed_in().csrf_token;
        advice = {"The page you sent it from is out of date or came from another site. Go back, reload the "
                  "page and try again. Nothing has been changed."};
        break;
    case FormToken::RaterLink:
        expected = rater_form_token(exchange.parameters.token());
        advice = {"The page you sent it from is out of date. Open your link again; what you saved before is "
                  "kept."};
        break;
    case FormToken::SignInLink:
        expected = link_form_token(exchange.parameters.link());
        advice = {"Open your sign-in link again and choose your password once more."};
        break;
    case FormToken::SignInCookie:
        expected = exchange.request.cookie(sign_in_form_cookie_name).value_or("");
        // Too short a cookie was not set by us; an empty one would match an empty field.
        if (expected.size() < least_form_cookie_length) {
            expected.clear();
        }
        advice = {"Open the sign-in page again and try once more. Your browser must accept cookies from this "
                  "site to sign in."};
        break;
    }
    if (!expected.empty() && sent == expected) {
        return std::nullopt;
    }
    if (exchange.who == nullptr) {
        return m_site.pages.message(403, "This form has expired", advice);
    }
    const auto viewer = exchange.viewer("");
    return m_site.pages.message(403, "This form has expired", advice, &viewer);
}

Response Dispatcher::answer_unknown(const Request& request, const Resolution& resolution) const {
    if (resolution.area == nullptr) {
        return resolution.methods_for_path.empty() ? not_found_page(m_site.pages)
                                                   : method_not_allowed(resolution.methods_for_path);
    }
    // Inside an area, neither a wrong method nor an unknown path is told to those it does not admit.
    const auto route = area_route(*resolution.area);
    auto connection = m_site.connections.store();
    if (!connection) {
        return fault_answer(m_site.pages, request, route.pattern, connection.error(), answers_json(route));
    }
    auto admission = admit(request, route, **connection);
    if (admission.refused) {
        return std::move(*admission.refused);
    }
    if (!resolution.methods_for_path.empty()) {
        return method_not_allowed(resolution.methods_for_path);
    }
    if (answers_json(route)) {
        return Response::json(404, R"({"error":"There is no such address in the API."})");
    }
    const std::vector<FormField> no_fields;
    const RouteParameters none;
    const Exchange exchange{
        request, route, none, m_site, *connection, admission.who ? &*admission.who : nullptr, no_fields};
    return not_found(exchange);
}

Response Dispatcher::dispatch(const Request& request) const {
    const auto resolution = m_routes.resolve(request.method, request.path);
    if (resolution.route == nullptr) {
        return answer_unknown(request, resolution);
    }
    const Route& route = *resolution.route;
    app::Store* store = nullptr;
    if (route.database == Database::Used) {
        auto connection = m_site.connections.store();
        if (!connection) {
            return fault_answer(m_site.pages, request, route.pattern, connection.error(),
                                answers_json(route));
        }
        store = *connection;
    }
    Admission admission;
    if (store != nullptr) {
        admission = admit(request, route, *store);
        if (admission.refused) {
            return std::move(*admission.refused);
        }
    }
    std::optional<std::vector<FormField>> form;
    if (request.method == Method::Post) {
        const auto content_type = request.header("content-type").value_or("");
        form = route.body == Body::File && is_multipart_form(content_type)
                   ? parse_multipart_form(content_type, request.body)
                   : parse_form(request.body);
    }
    static const std::vector<FormField> no_fields;
    const Exchange exchange{request,
                            route,
                            resolution.parameters,
                            m_site,
                            store,
                            admission.who ? &*admission.who : nullptr,
                            form ? *form : no_fields};
    if (auto refused = check_form(exchange, request.method != Method::Post || form.has_value())) {
        return std::move(*refused);
    }
    auto answer = route.answer(exchange);
    if (request.method == Method::Post && route.audience == Audience::Admin && answer.status == 303 &&
        exchange.who != nullptr) {
        record_admin_action(exchange);
    }
    return answer;
}

void Dispatcher::record_admin_action(const Exchange& exchange) const {
    // A form that is answered with a redirect did what it was for (a confirmation, a problem or a refusal is
    // answered with a page). Recorded after the action's own transaction: a failure to record is logged, and
    // does not undo or hide what was done.
    const app::AuditEntry entry{m_site.clock.now_seconds(), exchange.who->user.email,
                                std::string(exchange.route.summary), exchange.request.path};
    if (auto recorded = exchange.store().audit().record(entry); !recorded) {
        spdlog::error("request {}: recording {} {} in the audit log failed: {}", exchange.request.id,
                      entry.action, entry.target, recorded.error().message);
    }
}

bool Dispatcher::accepts_files(std::string_view path) const {
    const auto resolution = m_routes.resolve(Method::Post, path);
    return resolution.route != nullptr && resolution.route->body == Body::File;
}

std::optional<Response> Dispatcher::from_memory(const Request& request) const {
    if (request.method != Method::Get && request.method != Method::Head) {
        return std::nullopt;
    }
    const auto resolution = m_routes.resolve(request.method, request.path);
    if (resolution.route == nullptr || resolution.route->from_memory == nullptr) {
        return std::nullopt;
    }
    return resolution.route->from_memory(MemoryExchange{request, resolution.parameters, m_site});
}

} // namespace leadline::web
