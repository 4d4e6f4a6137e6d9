#pragma once

#include <exception>
#include <string>

#include <soci/soci.h>

#include "domain/core/result.hpp"

namespace leadline::storage {

// Maps a SOCI exception to an error a caller can act on: a broken constraint is a Conflict, a lost
// connection is Unavailable, anything else is Internal. The message never includes bound values.
[[nodiscard]] domain::Error storage_error(const soci::soci_error& error, std::string_view doing);

// Runs database work, turning exceptions into errors at this adapter's boundary.
template <class Work> auto guarded(std::string_view doing, Work&& work) -> decltype(work()) {
    try {
        return work();
    } catch (const soci::soci_error& error) {
        return domain::fail(storage_error(error, doing));
    } catch (const std::exception& error) {
        return domain::fail(domain::ErrorCode::Internal,
                            "The database failed while " + std::string(doing) + ": " + error.what());
    }
}

} // namespace leadline::storage
