#include "web/routes/route_listing.hpp"

#include <algorithm>

namespace leadline::web {

namespace {

std::string padded(std::string_view text, std::size_t width) {
    std::string out(text);
    out.resize(std::max(width, text.size() + 1), ' ');
    return out;
}

} // namespace

std::string describe_routes(const RouteTable& table) {
    std::size_t pattern_width = 0;
    for (const auto& route : table.routes()) {
        pattern_width = std::max(pattern_width, route.pattern.size() + 2);
    }
    std::string text = padded("METHOD", 7) + padded("PATH", pattern_width) + padded("WHO", 13) +
                       padded("FORM TOKEN", 15) + "WHAT\n";
    for (const auto& route : table.routes()) {
        text += padded(method_name(route.method), 7) + padded(route.pattern, pattern_width) +
                padded(audience_name(route.audience), 13) + padded(form_token_name(route.form), 15) +
                std::string(route.summary) +
                (route.from_memory != nullptr ? " (from memory when it can)" : "") + "\n";
    }
    text += "\nAreas: unknown addresses and methods under these are answered only to their audience.\n";
    for (const auto& area : table.areas()) {
        text += "  " + padded(area.prefix, pattern_width) + std::string(audience_name(area.audience)) + "\n";
    }
    return text;
}

} // namespace leadline::web
