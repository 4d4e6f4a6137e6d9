#pragma once

#include <string>

#include "app/frameworks/framework_catalog.hpp"

namespace leadline::testing {

// A framework that ships in frameworks/, loaded once per test program.
inline const app::LoadedFramework& shipped_framework(const std::string& id) {
    static const auto catalog = app::FrameworkCatalog::load_directory(LEADLINE_SOURCE_FRAMEWORKS).value();
    return *catalog.find(id);
}

} // namespace leadline::testing
