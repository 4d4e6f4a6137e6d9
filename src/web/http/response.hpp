#pragma once

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/core/result.hpp"

namespace leadline::web {

// An HTTP response as handlers build it; the server adds security headers and writes it.
struct Response {
    int status = 200;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    // A body sent as it is made (a download of thousands of files), in place of `body`: each call gives
    // the next piece, nothing once all is sent, or an error, which cuts the download short.
    std::function<domain::Result<std::optional<std::string>>()> pieces = nullptr;

    [[nodiscard]] static Response html(int status, std::string body);
    [[nodiscard]] static Response json(int status, std::string body);
    [[nodiscard]] static Response text(int status, std::string body);
    // A CSV file to download, saved as `file_name`.
    [[nodiscard]] static Response csv_download(std::string body, const std::string& file_name);
    // 303 See Other: after a form post, the browser follows with a GET.
    [[nodiscard]] static Response redirect(std::string location);

    [[nodiscard]] const std::string* header(std::string_view name) const;
    void set_header(std::string name, std::string value);
};

} // namespace leadline::web
