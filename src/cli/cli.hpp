#pragma once

#include "cli/cli_context.hpp"

namespace leadline::cli {

// Parses the command line and runs the command; returns the process exit code.
[[nodiscard]] int run_cli(int argc, const char* const* argv, CliContext& context);

} // namespace leadline::cli
