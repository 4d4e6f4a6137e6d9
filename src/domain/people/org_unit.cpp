#include "domain/people/org_unit.hpp"

#include <algorithm>

namespace leadline::domain {

namespace {
constexpr std::size_t max_unit_depth = 3;

std::string trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}
} // namespace

UnitLevel OrgUnit::level() const {
    const auto depth = std::count(path.begin(), path.end(), '/');
    if (depth == 0) {
        return UnitLevel::Department;
    }
    return depth == 1 ? UnitLevel::Directorate : UnitLevel::Team;
}

Result<std::vector<std::string>> split_unit_path(std::string_view path) {
    std::vector<std::string> names;
    std::size_t start = 0;
    while (true) {
        const auto slash = path.find('/', start);
        const auto piece =
            path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
        auto name = trim(piece);
        if (name.empty()) {
            return fail(ErrorCode::InvalidInput, "the unit path \"" + std::string(path) +
                                                     "\" has an empty part; write it like Housing/Repairs");
        }
        names.push_back(std::move(name));
        if (slash == std::string_view::npos) {
            break;
        }
        start = slash + 1;
    }
    if (names.size() > max_unit_depth) {
        return fail(ErrorCode::InvalidInput,
                    "the unit path \"" + std::string(path) + "\" is deeper than department/directorate/team");
    }
    return names;
}

std::string join_unit_path(const std::vector<std::string>& names) {
    const auto prefixes = unit_path_prefixes(names);
    return prefixes.empty() ? std::string() : prefixes.back();
}

std::vector<std::string> unit_path_prefixes(const std::vector<std::string>& names) {
    std::vector<std::string> prefixes;
    std::string path;
    for (const auto& name : names) {
        if (!path.empty()) {
            path += '/';
        }
        path += name;
        prefixes.push_back(path);
    }
    return prefixes;
}

bool unit_holds(std::string_view unit_path, std::string_view path) {
    return path == unit_path ||
           (path.size() > unit_path.size() && path.starts_with(unit_path) && path[unit_path.size()] == '/');
}

} // namespace leadline::domain
