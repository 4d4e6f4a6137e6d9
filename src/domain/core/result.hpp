#pragma once

// g++ 12 has no std::expected in C++20. Only what tl::expected shares with std::expected is used
// (has_value, value, error, value_or, and_then, transform, or_else), so moving to C++23 changes this file.
#include <tl/expected.hpp>

#include "domain/core/error.hpp"

namespace leadline::domain {

template <class T> using Result = tl::expected<T, Error>;

[[nodiscard]] inline tl::unexpected<Error> fail(ErrorCode code, std::string message) {
    return tl::unexpected<Error>(Error{code, std::move(message)});
}

[[nodiscard]] inline tl::unexpected<Error> fail(Error error) {
    return tl::unexpected<Error>(std::move(error));
}

} // namespace leadline::domain
