#include "web/routes/route_pattern.hpp"

#include <algorithm>

#include "web/http/request.hpp"

namespace leadline::web {

namespace {

constexpr std::string_view rest_marker = "...";

bool fits(const PatternSegment& segment, std::string_view value) {
    switch (segment.type) {
    case ParameterType::Id:
    case ParameterType::Number:
        return positive_id(value).has_value();
    case ParameterType::Secret:
    case ParameterType::RestOfPath:
        return !value.empty();
    }
    return false;
}

} // namespace

std::optional<ParameterType> parameter_type(std::string_view name) {
    if (name == "cycle" || name == "person" || name == "nomination" || name == "plan" || name == "review" ||
        name == "message" || name == "account" || name == "pool") {
        return ParameterType::Id;
    }
    if (name == "page") {
        return ParameterType::Number;
    }
    if (name == "token" || name == "link") {
        return ParameterType::Secret;
    }
    if (name == "file") {
        return ParameterType::RestOfPath;
    }
    return std::nullopt;
}

std::vector<std::string_view> split_path(std::string_view path) {
    std::vector<std::string_view> segments;
    std::size_t start = 0;
    while (start <= path.size()) {
        const auto slash = path.find('/', start);
        const auto end = slash == std::string_view::npos ? path.size() : slash;
        if (end > start) {
            segments.push_back(path.substr(start, end - start));
        }
        if (slash == std::string_view::npos) {
            break;
        }
        start = slash + 1;
    }
    return segments;
}

domain::Result<RoutePattern> RoutePattern::parse(std::string_view pattern) {
    auto problem = [&](const std::string& what) {
        return domain::fail(domain::ErrorCode::Internal,
                            "The route pattern \"" + std::string(pattern) + "\" " + what + ".");
    };
    if (pattern.empty() || pattern.front() != '/') {
        return problem("does not start with /");
    }
    RoutePattern parsed;
    const auto parts = split_path(pattern);
    if (pattern != "/" &&
        parts.size() != static_cast<std::size_t>(std::count(pattern.begin(), pattern.end(), '/'))) {
        return problem("has an empty segment");
    }
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const auto part = parts[i];
        PatternSegment segment;
        if (part.front() != '{') {
            segment.literal = part;
            parsed.m_segments.push_back(segment);
            continue;
        }
        const auto close = part.find('}');
        if (close == std::string_view::npos) {
            return problem("has a parameter without its closing }");
        }
        auto name = part.substr(1, close - 1);
        const bool rest = name.ends_with(rest_marker);
        if (rest) {
            name.remove_suffix(rest_marker.size());
        }
        const auto type = parameter_type(name);
        if (!type) {
            return problem("has a parameter of no known type, {" + std::string(name) + "}");
        }
        if (rest != (*type == ParameterType::RestOfPath) || (rest && i + 1 != parts.size())) {
            return problem("takes the rest of the path other than with a last {file...}");
        }
        segment.parameter = name;
        segment.suffix = part.substr(close + 1);
        segment.type = *type;
        parsed.m_segments.push_back(segment);
    }
    return parsed;
}

std::optional<std::vector<ParameterValue>>
RoutePattern::match(const std::vector<std::string_view>& path_segments) const {
    const bool takes_rest = !m_segments.empty() && m_segments.back().type == ParameterType::RestOfPath &&
                            !m_segments.back().parameter.empty();
    if (takes_rest ? path_segments.size() < m_segments.size() : path_segments.size() != m_segments.size()) {
        return std::nullopt;
    }
    std::vector<ParameterValue> values;
    for (std::size_t i = 0; i < m_segments.size(); ++i) {
        const auto& segment = m_segments[i];
        auto part = path_segments[i];
        if (segment.parameter.empty()) {
            if (part != segment.literal) {
                return std::nullopt;
            }
            continue;
        }
        if (segment.type == ParameterType::RestOfPath) {
            // The segments are views into one path: the rest runs from this one to the end of the last.
            const auto& last = path_segments.back();
            values.push_back({segment.parameter, std::string(part.data(), last.data() + last.size())});
            break;
        }
        if (!part.ends_with(segment.suffix) || part.size() == segment.suffix.size()) {
            return std::nullopt;
        }
        part.remove_suffix(segment.suffix.size());
        if (!fits(segment, part)) {
            return std::nullopt;
        }
        values.push_back({segment.parameter, std::string(part)});
    }
    return values;
}

} // namespace leadline::web
