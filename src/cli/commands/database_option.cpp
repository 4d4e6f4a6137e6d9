#include "cli/commands/database_option.hpp"

#include "cli/exit_codes.hpp"

namespace leadline::cli {

std::unique_ptr<app::Store> open_database(CliContext& context, const std::string& database) {
    auto store = context.stores.open(database, app::SchemaUpgrade::Apply);
    if (!store) {
        context.exit_code = report_error(context.err, store.error());
        return nullptr;
    }
    return std::move(*store);
}

} // namespace leadline::cli
