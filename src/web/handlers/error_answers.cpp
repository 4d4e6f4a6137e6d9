#include "web/handlers/error_answers.hpp"

#include <spdlog/spdlog.h>

#include "app/text/json_writer.hpp"
#include "web/views/site_navigation.hpp"

namespace leadline::web {

namespace {

constexpr auto retry_after_seconds = "30";

bool is_fault(domain::ErrorCode code) {
    return code == domain::ErrorCode::Internal || code == domain::ErrorCode::Unavailable;
}

std::string default_heading(domain::ErrorCode code) {
    switch (code) {
    case domain::ErrorCode::InvalidInput:
        return "There is a problem with what was sent";
    case domain::ErrorCode::PermissionDenied:
        return "You cannot do this";
    case domain::ErrorCode::Conflict:
    case domain::ErrorCode::FailedPrecondition:
        return "This cannot be done now";
    default:
        return "Page not found";
    }
}

std::string json_error(std::string_view message, std::string_view reference = {}) {
    app::JsonWriter json;
    json.begin_object().key("error").string(message);
    if (!reference.empty()) {
        json.key("reference").string(reference);
    }
    json.end_object();
    return json.text();
}

} // namespace

int status_for(domain::ErrorCode code) {
    switch (code) {
    case domain::ErrorCode::NotFound:
        return 404;
    case domain::ErrorCode::InvalidInput:
        return 400;
    case domain::ErrorCode::PermissionDenied:
        return 403;
    case domain::ErrorCode::Conflict:
    case domain::ErrorCode::FailedPrecondition:
        return 409;
    case domain::ErrorCode::Unavailable:
        return 503;
    case domain::ErrorCode::Internal:
        return 500;
    }
    return 500;
}

Response fault_answer(const PageRenderer& pages, const Request& request, std::string_view where,
                      const domain::Error& error, bool json) {
    spdlog::error("request {} failed ({} {}): {}", request.id,
                  request.method == Method::Post ? "POST" : "GET", where, error.message);
    const int status = status_for(error.code) >= 500 ? status_for(error.code) : 500;
    Response response =
        json ? Response::json(status, json_error("Something went wrong. Try again later.", request.id))
             : pages.message(status, "Sorry, there is a problem with the service",
                             {"Try again in a few minutes. Answers you saved before are kept.",
                              "If it keeps happening, tell your HR or learning team and quote this "
                              "reference: " +
                                  request.id + "."});
    if (status == 503) {
        response.set_header("Retry-After", retry_after_seconds);
    }
    return response;
}

Response error_answer(const Exchange& exchange, const domain::Error& error, const Refusal& refusal) {
    if (is_fault(error.code)) {
        return fault_answer(exchange.pages(), exchange.request, exchange.route.pattern, error,
                            answers_json(exchange.route));
    }
    const int status = status_for(error.code);
    if (answers_json(exchange.route)) {
        return Response::json(status, json_error(error.message));
    }
    if (error.code == domain::ErrorCode::NotFound) {
        return not_found(exchange);
    }
    std::vector<std::string> paragraphs{error.message};
    paragraphs.insert(paragraphs.end(), refusal.advice.begin(), refusal.advice.end());
    const auto heading = refusal.heading.empty() ? default_heading(error.code) : refusal.heading;
    if (exchange.who == nullptr) {
        return exchange.pages().message(status, heading, paragraphs);
    }
    const auto viewer = exchange.viewer("");
    return exchange.pages().message(status, heading, paragraphs, &viewer);
}

Response not_found_page(const PageRenderer& pages) {
    return pages.message(
        404, "Page not found",
        {"If you typed the web address, check it is correct.",
         "If you followed a link from an email, copy the whole link into your browser. If it still "
         "does not work, ask the person who sent it for a new one."});
}

Response not_found(const Exchange& exchange, const std::vector<std::string>& paragraphs) {
    if (exchange.who == nullptr) {
        return paragraphs.empty() ? not_found_page(exchange.pages())
                                  : exchange.pages().message(404, "Page not found", paragraphs);
    }
    const bool admin = home_of(exchange.who->user.role) == "/admin";
    const auto viewer = exchange.viewer(admin ? "/admin" : "/me");
    const std::vector<std::string> usual{"If you typed the web address, check it is correct.",
                                         admin ? "If you followed a link, go back to your cycles."
                                               : "If you followed a link, go back to your feedback."};
    return exchange.pages().message(404, "Page not found", paragraphs.empty() ? usual : paragraphs, &viewer);
}

Response unexpected_field(const Exchange& exchange, std::string_view field) {
    return error_answer(exchange, {domain::ErrorCode::InvalidInput,
                                   "The form sent a field it does not have (\"" + std::string(field) +
                                       "\"). Go back, reload the page and try again."});
}

} // namespace leadline::web
