// The composition root: the one place where storage and the command line are wired together.
#include <cstdlib>
#include <exception>
#include <iostream>

#include "cli/cli.hpp"
#include "cli/exit_codes.hpp"
#include "storage/soci_store_factory.hpp"

namespace {

// Frameworks ship beside the binary's source; LEADLINE_FRAMEWORKS or --frameworks choose another folder.
std::filesystem::path default_frameworks_folder() {
    if (const char* folder = std::getenv("LEADLINE_FRAMEWORKS"); folder != nullptr && *folder != '\0') {
        return folder;
    }
    return LEADLINE_SOURCE_FRAMEWORKS;
}

} // namespace

int main(int argc, char** argv) {
    try {
        leadline::storage::SociStoreFactory stores;
        leadline::cli::CliContext context{stores, default_frameworks_folder(), std::cout, std::cerr};
        const int code = leadline::cli::run_cli(argc, argv, context);
        std::cout.flush();
        return code;
    } catch (const std::exception& error) {
        std::cerr << "leadline: internal error: " << error.what() << '\n';
        return leadline::cli::exit_internal;
    }
}
