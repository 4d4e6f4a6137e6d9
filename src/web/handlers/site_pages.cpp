#include "web/handlers/site_pages.hpp"

#include "web/handlers/error_answers.hpp"

namespace leadline::web {

namespace {

std::optional<Response> find_asset(const Site& site, const std::string& file) {
    const auto found = site.assets.find("/assets/" + file);
    if (found == site.assets.end()) {
        return std::nullopt;
    }
    return Response{200,
                    {{"Content-Type", found->second.first}, {"Cache-Control", "public, max-age=3600"}},
                    found->second.second};
}

} // namespace

Response home_page(const Exchange& exchange) {
    return exchange.pages().message(
        200, "Leadline",
        {"Leadline runs 360 feedback and leadership development for public services.",
         "If you have been asked for feedback, open the private link in your email. To run cycles or see "
         "your own feedback, sign in."});
}

Response health(const Exchange& exchange) {
    auto connection = exchange.site.connections.store();
    if (connection && (*connection)->schema_status()) {
        return Response::json(200, R"({"status":"ok"})");
    }
    return Response::json(503, R"({"status":"unavailable"})");
}

Response asset(const Exchange& exchange) {
    auto found = find_asset(exchange.site, exchange.parameters.file());
    return found ? std::move(*found) : not_found_page(exchange.pages());
}

std::optional<Response> asset_from_memory(const MemoryExchange& exchange) {
    auto found = find_asset(exchange.site, exchange.parameters.file());
    return found ? std::move(*found) : not_found_page(exchange.site.pages);
}

} // namespace leadline::web
