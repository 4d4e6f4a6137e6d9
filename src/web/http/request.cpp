#include "web/http/request.hpp"

#include <atomic>
#include <random>

#include <cctype>

#include <charconv>
#include <limits>

namespace leadline::web {

std::string next_request_id() {
    static std::atomic<std::uint32_t> next{static_cast<std::uint32_t>(std::random_device{}())};
    constexpr std::string_view digits = "0123456789abcdef";
    auto value = next.fetch_add(1, std::memory_order_relaxed);
    std::string id(8, '0');
    for (auto at = id.rbegin(); at != id.rend(); ++at, value >>= 4U) {
        *at = digits[value & 0xfU];
    }
    return id;
}

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

std::optional<std::string> decode_component(std::string_view text) {
    std::string decoded;
    decoded.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            decoded.push_back(' ');
        } else if (c == '%') {
            if (i + 2 >= text.size()) {
                return std::nullopt;
            }
            const int high = hex_value(text[i + 1]);
            const int low = hex_value(text[i + 2]);
            if (high < 0 || low < 0) {
                return std::nullopt;
            }
            decoded.push_back(static_cast<char>(high * 16 + low));
            i += 2;
        } else {
            decoded.push_back(c);
        }
    }
    return decoded;
}

} // namespace

std::optional<std::string> Request::header(const std::string& lower_case_name) const {
    const auto found = headers.find(lower_case_name);
    if (found == headers.end()) {
        return std::nullopt;
    }
    return found->second;
}

std::optional<std::string> Request::cookie(const std::string& name) const {
    const auto cookies = header("cookie");
    if (!cookies) {
        return std::nullopt;
    }
    std::string_view rest(*cookies);
    while (!rest.empty()) {
        const auto end = rest.find(';');
        auto pair = rest.substr(0, end);
        while (!pair.empty() && pair.front() == ' ') {
            pair.remove_prefix(1);
        }
        const auto equals = pair.find('=');
        if (equals != std::string_view::npos && pair.substr(0, equals) == name) {
            return std::string(pair.substr(equals + 1));
        }
        if (end == std::string_view::npos) {
            break;
        }
        rest.remove_prefix(end + 1);
    }
    return std::nullopt;
}

std::optional<std::vector<FormField>> parse_form(std::string_view body) {
    std::vector<FormField> fields;
    while (!body.empty()) {
        const auto end = body.find('&');
        const auto pair = body.substr(0, end);
        if (!pair.empty()) {
            const auto equals = pair.find('=');
            auto name = decode_component(pair.substr(0, equals));
            auto value = decode_component(equals == std::string_view::npos ? std::string_view{}
                                                                           : pair.substr(equals + 1));
            if (!name || !value) {
                return std::nullopt;
            }
            fields.push_back({std::move(*name), std::move(*value)});
        }
        if (end == std::string_view::npos) {
            break;
        }
        body.remove_prefix(end + 1);
    }
    return fields;
}

std::vector<std::string> path_segments(std::string_view path) {
    std::vector<std::string> segments;
    while (!path.empty()) {
        if (path.front() == '/') {
            path.remove_prefix(1);
            continue;
        }
        const auto end = path.find('/');
        segments.emplace_back(path.substr(0, end));
        if (end == std::string_view::npos) {
            break;
        }
        path.remove_prefix(end);
    }
    return segments;
}

std::string query_value(std::string_view query, std::string_view name) {
    for (const auto& field : parse_form(query).value_or(std::vector<FormField>{})) {
        if (field.name == name) {
            return field.value;
        }
    }
    return {};
}

std::string url_encoded(std::string_view text) {
    static const char* hex = "0123456789ABCDEF";
    std::string encoded;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) != 0 || c == '-' || c == '_' || c == '.' || c == '@') {
            encoded += c;
        } else {
            encoded += '%';
            encoded += hex[byte >> 4U];
            encoded += hex[byte & 15U];
        }
    }
    return encoded;
}

std::optional<long long> positive_id(std::string_view segment) {
    return whole_number_between(segment, 1, std::numeric_limits<long long>::max());
}

std::optional<long long> whole_number_between(std::string_view text, long long lowest, long long highest) {
    long long value = 0;
    const auto* end = text.data() + text.size();
    const auto [stop, problem] = std::from_chars(text.data(), end, value);
    if (text.empty() || problem != std::errc{} || stop != end || value < lowest || value > highest) {
        return std::nullopt;
    }
    return value;
}

} // namespace leadline::web
