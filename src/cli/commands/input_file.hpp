#pragma once

#include <optional>
#include <string>

#include "cli/cli_context.hpp"

namespace leadline::cli {

// The whole file as it is (bytes unchanged); when it cannot be read, prints why, sets the exit code
// and gives nothing.
[[nodiscard]] std::optional<std::string> read_input_file(CliContext& context, const std::string& path);

} // namespace leadline::cli
