#include "main/report_document.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "web/views/page_renderer.hpp"
#include "web/views/report_view.hpp"

namespace leadline::main {

domain::Result<std::string> report_document(const cli::CliContext& context,
                                            const app::CycleReportSet& reports,
                                            const app::SubjectReport& subject) {
    std::string stylesheet;
    if (std::ifstream css(context.static_folder / "assets" / "leadline.css"); css) {
        std::ostringstream text;
        text << css.rdbuf();
        stylesheet = text.str();
    }
    try {
        const web::PageRenderer pages(context.templates_folder);
        return web::report_document(pages, reports, subject, stylesheet);
    } catch (const std::exception& error) {
        return domain::fail(domain::ErrorCode::InvalidInput,
                            std::string("The report could not be drawn: ") + error.what() + ".");
    }
}

} // namespace leadline::main
