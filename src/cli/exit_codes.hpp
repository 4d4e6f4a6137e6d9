#pragma once

#include <iosfwd>

#include "domain/core/error.hpp"

namespace leadline::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_user_error = 1; // the message says what to fix
inline constexpr int exit_internal = 2;

// The one mapping from error codes to exit codes.
[[nodiscard]] int exit_code_for(domain::ErrorCode code);

// Prints the error for a person and returns its exit code.
int report_error(std::ostream& err, const domain::Error& error);

} // namespace leadline::cli
