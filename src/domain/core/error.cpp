#include "domain/core/error.hpp"

namespace leadline::domain {

std::string_view to_string(ErrorCode code) {
    switch (code) {
    case ErrorCode::NotFound:
        return "not found";
    case ErrorCode::InvalidInput:
        return "invalid input";
    case ErrorCode::Conflict:
        return "conflict";
    case ErrorCode::PermissionDenied:
        return "permission denied";
    case ErrorCode::FailedPrecondition:
        return "failed precondition";
    case ErrorCode::Unavailable:
        return "unavailable";
    case ErrorCode::Internal:
        return "internal error";
    }
    return "unknown error";
}

} // namespace leadline::domain
