#include "main/serve.hpp"

#include <csignal>
#include <ostream>

#include "cli/exit_codes.hpp"
#include "web/server/http_server.hpp"

namespace leadline::main {

int serve(app::StoreFactory& stores, const cli::ServeOptions& options, cli::CliContext& context) {
    // A closed terminal or log pipe must not kill the server: writes to it fail instead.
    std::signal(SIGPIPE, SIG_IGN);
    // Migrations run once here; the server's connections then refuse an out-of-date schema.
    auto store = stores.open(options.database, app::SchemaUpgrade::Apply);
    if (!store) {
        return cli::report_error(context.err, store.error());
    }
    store->reset();
    web::WebApplication application(stores, {options.database, options.templates, options.static_folder,
                                             options.base_url, options.frameworks});
    web::ServerOptions server_options;
    server_options.host = options.host;
    server_options.port = options.port;
    server_options.io_threads = options.threads;
    web::HttpServer server(application, server_options);
    auto port = server.listen();
    if (!port) {
        return cli::report_error(context.err, port.error());
    }
    context.out << "Leadline is running on http://" << options.host << ":" << *port
                << "/ (press Ctrl+C to stop)" << std::endl;
    server.run(web::Signals::Handle);
    context.out << "Leadline has stopped." << std::endl;
    return cli::exit_ok;
}

} // namespace leadline::main
