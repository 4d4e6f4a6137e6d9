#include "web/http/multipart_form.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace leadline::web {

namespace {

std::string lower_case(std::string_view text) {
    std::string lowered(text);
    std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lowered;
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

// The value of a parameter ("boundary", "name") in a header value such as
// `form-data; name="file"; filename="people.csv"`, without its quotes; nothing when it is absent.
std::optional<std::string> parameter(std::string_view header_value, std::string_view wanted) {
    std::size_t at = header_value.find(';');
    while (at != std::string_view::npos) {
        auto rest = header_value.substr(at + 1);
        const auto equals = rest.find('=');
        if (equals == std::string_view::npos) {
            return std::nullopt;
        }
        const auto name = lower_case(trimmed(rest.substr(0, equals)));
        rest = trimmed(rest.substr(equals + 1));
        std::string value;
        std::size_t used = 0;
        if (!rest.empty() && rest.front() == '"') {
            // A quoted string; a backslash keeps the character after it.
            used = 1;
            while (used < rest.size() && rest[used] != '"') {
                if (rest[used] == '\\' && used + 1 < rest.size()) {
                    ++used;
                }
                value += rest[used++];
            }
            if (used >= rest.size()) {
                return std::nullopt;
            }
            ++used;
        } else {
            used = std::min(rest.find(';'), rest.size());
            value = std::string(trimmed(rest.substr(0, used)));
        }
        if (name == wanted) {
            return value;
        }
        const auto next = rest.find(';', used);
        at = next == std::string_view::npos ? next : (header_value.size() - rest.size()) + next;
    }
    return std::nullopt;
}

// A part's name, from its Content-Disposition header; nothing when the part's headers are not readable.
std::optional<std::string> part_name(std::string_view headers) {
    while (!headers.empty()) {
        const auto end = headers.find("\r\n");
        const auto line = headers.substr(0, end);
        headers = end == std::string_view::npos ? std::string_view{} : headers.substr(end + 2);
        const auto colon = line.find(':');
        if (colon == std::string_view::npos) {
            return std::nullopt;
        }
        if (lower_case(trimmed(line.substr(0, colon))) == "content-disposition") {
            const auto value = trimmed(line.substr(colon + 1));
            if (lower_case(value.substr(0, value.find(';'))) != "form-data") {
                return std::nullopt;
            }
            return parameter(value, "name");
        }
    }
    return std::nullopt;
}

} // namespace

bool is_multipart_form(std::string_view content_type) {
    return lower_case(trimmed(content_type.substr(0, content_type.find(';')))) == "multipart/form-data";
}

std::optional<std::vector<FormField>> parse_multipart_form(std::string_view content_type,
                                                           std::string_view body) {
    if (!is_multipart_form(content_type)) {
        return std::nullopt;
    }
    const auto boundary = parameter(content_type, "boundary");
    // RFC 2046 allows 1 to 70 characters.
    if (!boundary || boundary->empty() || boundary->size() > 70) {
        return std::nullopt;
    }
    const std::string opening = "--" + *boundary;
    const std::string between = "\r\n" + opening;
    if (!body.starts_with(opening)) {
        return std::nullopt;
    }
    std::vector<FormField> fields;
    std::size_t at = opening.size();
    while (true) {
        const auto after = body.substr(at);
        if (after.starts_with("--")) {
            return fields; // the closing delimiter; anything after it is an epilogue, ignored
        }
        if (!after.starts_with("\r\n")) {
            return std::nullopt;
        }
        const auto headers_start = at + 2;
        const auto headers_end = body.find("\r\n\r\n", headers_start);
        if (headers_end == std::string_view::npos) {
            return std::nullopt;
        }
        const auto content_start = headers_end + 4;
        const auto content_end = body.find(between, content_start);
        if (content_end == std::string_view::npos) {
            return std::nullopt;
        }
        auto name = part_name(body.substr(headers_start, headers_end - headers_start));
        if (!name) {
            return std::nullopt;
        }
        fields.push_back(
            {std::move(*name), std::string(body.substr(content_start, content_end - content_start))});
        at = content_end + between.size();
    }
}

} // namespace leadline::web
