#include "storage/soci_errors.hpp"

namespace leadline::storage {

domain::Error storage_error(const soci::soci_error& error, std::string_view doing) {
    const std::string message = error.get_error_message();
    switch (error.get_error_category()) {
    case soci::soci_error::constraint_violation:
        return {domain::ErrorCode::Conflict, "That would duplicate or break a link to existing data (" +
                                                 std::string(doing) + "): " + message};
    case soci::soci_error::connection_error:
        return {domain::ErrorCode::Unavailable,
                "The database cannot be reached (" + std::string(doing) + "): " + message};
    default:
        break;
    }
    // The SQLite backend of SOCI 4.0.3 does not classify constraint failures; read its message.
    if (message.find("constraint failed") != std::string::npos) {
        return {domain::ErrorCode::Conflict, "That would duplicate or break a link to existing data (" +
                                                 std::string(doing) + "): " + message};
    }
    if (message.find("database is locked") != std::string::npos) {
        return {domain::ErrorCode::Unavailable,
                "The database is busy; try again (" + std::string(doing) + ")."};
    }
    return {domain::ErrorCode::Internal, "The database failed while " + std::string(doing) + ": " + message};
}

} // namespace leadline::storage
