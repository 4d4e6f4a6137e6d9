#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/core/result.hpp"

namespace leadline::web {

// What a parameter of a route pattern holds. Its name decides its type:
//   {cycle} {person} {nomination} {plan} {review}  a positive whole number, an id
//   {page}                                a positive whole number, counted from 1
//   {token} {link}                        a private link's secret: any non-empty text, never logged
//   {file...}                             the rest of the path (assets)
enum class ParameterType { Id, Number, Secret, RestOfPath };

// The type of a parameter name; nothing for a name the table may not use.
[[nodiscard]] std::optional<ParameterType> parameter_type(std::string_view name);

// One parameter's value as it appears in the path, kept with its name.
struct ParameterValue {
    std::string_view name;
    std::string value;
};

// One segment of a pattern: a literal ("cycles"), or a parameter with an optional literal suffix
// ("{plan}.csv").
struct PatternSegment {
    std::string_view literal;
    std::string_view parameter; // empty for a literal
    std::string_view suffix;
    ParameterType type = ParameterType::Id;
};

// A route pattern split into its segments, checked once when the table is read.
class RoutePattern {
  public:
    // Fails on an unknown parameter name, an empty segment, or "{...}" before the last segment.
    [[nodiscard]] static domain::Result<RoutePattern> parse(std::string_view pattern);

    // The parameters' values when the path's segments fit the pattern; nothing otherwise.
    [[nodiscard]] std::optional<std::vector<ParameterValue>>
    match(const std::vector<std::string_view>& path_segments) const;
    [[nodiscard]] const std::vector<PatternSegment>& segments() const { return m_segments; }

  private:
    std::vector<PatternSegment> m_segments;
};

// A path split at "/", without empty segments: "/r/abc/a/2" -> {"r", "abc", "a", "2"}.
[[nodiscard]] std::vector<std::string_view> split_path(std::string_view path);

} // namespace leadline::web
