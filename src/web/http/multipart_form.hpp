#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "web/http/request.hpp"

namespace leadline::web {

// Whether a Content-Type names a form sent with files (multipart/form-data).
[[nodiscard]] bool is_multipart_form(std::string_view content_type);

// Parses a multipart/form-data body (RFC 7578) into its fields in the order sent; a file's field holds the
// file's bytes. Nothing when the boundary is missing or the body does not follow it.
[[nodiscard]] std::optional<std::vector<FormField>> parse_multipart_form(std::string_view content_type,
                                                                         std::string_view body);

} // namespace leadline::web
