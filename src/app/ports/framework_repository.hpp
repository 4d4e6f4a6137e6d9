#pragma once

#include <optional>
#include <string>

#include "domain/core/result.hpp"

namespace leadline::app {

// The exact text of each framework version a cycle used, so reports read the statements raters saw
// even after the shipped file changes.
class FrameworkRepository {
  public:
    virtual ~FrameworkRepository() = default;

    // Keeps this version's text; saving the same id and version again with other text is a conflict.
    [[nodiscard]] virtual domain::Result<void>
    save_framework(const std::string& id, const std::string& version, const std::string& source_text) = 0;
    [[nodiscard]] virtual domain::Result<std::optional<std::string>>
    framework_text(const std::string& id, const std::string& version) = 0;
};

} // namespace leadline::app
