#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>

#include "app/ports/store.hpp"

namespace leadline::cli {

// What the composition root hands to the commands: how to open databases, where frameworks live,
// and where to write.
struct CliContext {
    app::StoreFactory& stores;
    std::filesystem::path frameworks_folder;
    std::ostream& out;
    std::ostream& err;
    int exit_code = 0;
};

} // namespace leadline::cli
