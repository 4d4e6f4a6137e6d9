#pragma once

#include "cli/cli_context.hpp"

namespace leadline::main {

// Opens the database (applying migrations), builds the web application and serves it until
// SIGINT or SIGTERM.
[[nodiscard]] int serve(app::StoreFactory& stores, const cli::ServeOptions& options,
                        cli::CliContext& context);

} // namespace leadline::main
