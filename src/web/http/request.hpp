#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace leadline::web {

enum class Method { Get, Head, Post, Other };

// An HTTP request as handlers see it: no sockets, so handlers are tested by calling them.
struct Request {
    Method method = Method::Get;
    std::string path;                           // decoded path without the query, e.g. "/r/abc/a/2"
    std::string query;                          // raw query string without "?"
    std::map<std::string, std::string> headers; // names in lower case
    std::string body;
    std::string remote_address;
    std::string id; // a short reference for this request: in the log, and on a problem page to quote

    [[nodiscard]] std::optional<std::string> header(const std::string& lower_case_name) const;
    [[nodiscard]] std::optional<std::string> cookie(const std::string& name) const;
};

// A new short reference for a request ("3f2a09c1"), for the access log and a problem page to quote: a
// process-wide count from a random start, so that references from two runs of the server rarely meet.
[[nodiscard]] std::string next_request_id();

// Form fields in the order sent. A field may repeat; callers decide whether that is allowed.
struct FormField {
    std::string name;
    std::string value;
};

// Parses application/x-www-form-urlencoded text; nothing for malformed percent escapes.
[[nodiscard]] std::optional<std::vector<FormField>> parse_form(std::string_view body);

// The value of a field in a query string ("q=sam&done=asked"), decoded; empty when it is missing.
[[nodiscard]] std::string query_value(std::string_view query, std::string_view name);
// Encodes text for a query string value.
[[nodiscard]] std::string url_encoded(std::string_view text);
// A positive whole number from a path segment ("12"), as ids are written in addresses.
[[nodiscard]] std::optional<long long> positive_id(std::string_view segment);
// A whole number from lowest to highest, as typed in a form field; nothing for anything else.
[[nodiscard]] std::optional<long long> whole_number_between(std::string_view text, long long lowest,
                                                            long long highest);

// Splits a path into its segments: "/r/abc/a/2" -> {"r", "abc", "a", "2"}.
[[nodiscard]] std::vector<std::string> path_segments(std::string_view path);

} // namespace leadline::web
