#include "app/frameworks/framework_catalog.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace leadline::app {

namespace {
std::optional<std::string> read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}
} // namespace

FrameworkParse check_framework_file(const std::filesystem::path& file) {
    auto text = read_file(file);
    if (!text) {
        FrameworkParse result;
        result.problems.push_back(
            {file.string(), 0, 0, "cannot read this file; check the path and permissions"});
        return result;
    }
    return parse_framework(*text, file.string());
}

domain::Result<FrameworkCatalog> FrameworkCatalog::load_directory(const std::filesystem::path& folder) {
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error)) {
        return domain::fail(domain::ErrorCode::NotFound, "The frameworks folder " + folder.string() +
                                                             " does not exist; pass --frameworks DIR.");
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.is_regular_file() && entry.path().extension() == ".yaml") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());

    FrameworkCatalog catalog;
    std::string problems;
    for (const auto& file : files) {
        auto text = read_file(file);
        auto parsed = text ? parse_framework(*text, file.string()) : check_framework_file(file);
        for (const auto& problem : parsed.problems) {
            problems += problem.describe() + "\n";
        }
        if (parsed.framework) {
            if (catalog.find(parsed.framework->id.value()) != nullptr) {
                problems += file.string() + ": the framework id \"" + parsed.framework->id.value() +
                            "\" is used by another file\n";
                continue;
            }
            catalog.m_frameworks.push_back({std::move(*parsed.framework), std::move(*text), file});
        }
    }
    if (!problems.empty()) {
        return domain::fail(domain::ErrorCode::InvalidInput,
                            "Some framework files have problems:\n" + problems);
    }
    return catalog;
}

const LoadedFramework* FrameworkCatalog::find(const std::string& id) const {
    for (const auto& loaded : m_frameworks) {
        if (loaded.framework.id.value() == id) {
            return &loaded;
        }
    }
    return nullptr;
}

} // namespace leadline::app
