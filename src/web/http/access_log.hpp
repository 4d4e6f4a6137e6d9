#pragma once

#include <string>
#include <string_view>

namespace leadline::web {

// The path as it may be logged: private tokens replaced ("/r/abc.../a/2" -> "/r/[token]/a/2") and
// the query left out, since it may carry secrets too.
[[nodiscard]] std::string loggable_path(std::string_view path);

} // namespace leadline::web
