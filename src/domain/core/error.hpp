#pragma once

#include <string>
#include <string_view>

namespace leadline::domain {

// What kind of failure happened; the web and CLI edges map each code to a status or exit code.
enum class ErrorCode {
    NotFound,
    InvalidInput,
    Conflict,
    PermissionDenied,
    FailedPrecondition,
    Unavailable,
    Internal,
};

// A failure with a message written for the person who has to act on it.
struct Error {
    ErrorCode code;
    std::string message;
};

[[nodiscard]] inline Error make_error(ErrorCode code, std::string message) {
    return Error{code, std::move(message)};
}

[[nodiscard]] std::string_view to_string(ErrorCode code);

} // namespace leadline::domain
