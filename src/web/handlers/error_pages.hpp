#pragma once

#include "web/views/page_renderer.hpp"

namespace leadline::web {

// 404: says what to do, and never whether a private link ever existed.
[[nodiscard]] Response not_found_page(const PageRenderer& pages);
// 500: something went wrong on our side; nothing the person saved is lost.
[[nodiscard]] Response problem_page(const PageRenderer& pages);

} // namespace leadline::web
