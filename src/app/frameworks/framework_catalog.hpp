#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "app/frameworks/framework_parser.hpp"
#include "domain/core/result.hpp"

namespace leadline::app {

// A framework with the exact text it was read from, so a cycle can keep the version it used.
struct LoadedFramework {
    domain::Framework framework;
    std::string source_text;
    std::filesystem::path file;
};

// Reads one framework file; problems carry the file's name and places.
[[nodiscard]] FrameworkParse check_framework_file(const std::filesystem::path& file);

// The frameworks found in a folder of YAML files (frameworks/ ships with Leadline).
class FrameworkCatalog {
  public:
    // Loads every *.yaml file; any problem in any file fails the whole load with every problem listed.
    [[nodiscard]] static domain::Result<FrameworkCatalog> load_directory(const std::filesystem::path& folder);

    [[nodiscard]] const std::vector<LoadedFramework>& frameworks() const { return m_frameworks; }
    [[nodiscard]] const LoadedFramework* find(const std::string& id) const;

  private:
    std::vector<LoadedFramework> m_frameworks;
};

} // namespace leadline::app
