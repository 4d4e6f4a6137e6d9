#include "web/views/figures.hpp"

#include <cstdio>

namespace leadline::web {

std::string two_places(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

std::string one_place(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

std::string signed_two_places(double value) {
    return (value > 0.0 ? "+" : "") + two_places(value);
}

std::string whole(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.0f", value);
    return text;
}

} // namespace leadline::web
