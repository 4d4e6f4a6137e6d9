#include "cli/commands/input_file.hpp"

#include <fstream>
#include <sstream>

#include "cli/exit_codes.hpp"

namespace leadline::cli {

std::optional<std::string> read_input_file(CliContext& context, const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        context.exit_code = report_error(
            context.err, {domain::ErrorCode::NotFound, "Cannot read " + path + "; check the path."});
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace leadline::cli
