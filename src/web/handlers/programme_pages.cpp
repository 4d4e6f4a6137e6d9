#include "web/handlers/programme_pages.hpp"

#include "app/development/programme.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/views/programme_view.hpp"

namespace leadline::web {

Response programme_page(const Exchange& exchange) {
    auto overview = app::programme_overview(exchange.store(), exchange.site.published, exchange.site.clock,
                                            exchange.parameters.cycle());
    if (!overview) {
        return error_answer(exchange, overview.error());
    }
    ctemplate::TemplateDictionary page("admin_programme");
    fill_programme(page, *overview);
    const auto viewer = exchange.viewer("/admin");
    return exchange.pages().page(200, "Development after the reports", "admin_programme.tpl", page, {},
                                 &viewer);
}

} // namespace leadline::web
