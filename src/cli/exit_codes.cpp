#include "cli/exit_codes.hpp"

#include <ostream>

namespace leadline::cli {

int exit_code_for(domain::ErrorCode code) {
    return code == domain::ErrorCode::Internal ? exit_internal : exit_user_error;
}

int report_error(std::ostream& err, const domain::Error& error) {
    const bool internal = error.code == domain::ErrorCode::Internal;
    err << (internal ? "leadline: internal error: " : "leadline: ") << error.message;
    if (!error.message.empty() && error.message.back() != '\n') {
        err << '\n';
    }
    if (internal) {
        err << "This is a fault in leadline, not in what you did. Please report it with the command you "
               "ran.\n";
    }
    return exit_code_for(error.code);
}

} // namespace leadline::cli
