#pragma once

#include "cli/cli_context.hpp"

namespace leadline::main {

// A subject's report as one HTML file, drawn by the web layer from the context's templates, with the
// built stylesheet written in when there is one (the report reads plainly without it).
[[nodiscard]] domain::Result<std::string> report_document(const cli::CliContext& context,
                                                          const app::CycleReportSet& reports,
                                                          const app::SubjectReport& subject);

} // namespace leadline::main
