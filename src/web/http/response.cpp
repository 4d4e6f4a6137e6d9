#include "web/http/response.hpp"

#include <strings.h>

namespace leadline::web {

Response Response::html(int status, std::string body) {
    Response response{status, {{"Content-Type", "text/html; charset=utf-8"}}, std::move(body)};
    return response;
}

Response Response::json(int status, std::string body) {
    return Response{status, {{"Content-Type", "application/json"}}, std::move(body)};
}

Response Response::text(int status, std::string body) {
    return Response{status, {{"Content-Type", "text/plain; charset=utf-8"}}, std::move(body)};
}

Response Response::csv_download(std::string body, const std::string& file_name) {
    return Response{200,
                    {{"Content-Type", "text/csv; charset=utf-8"},
                     {"Content-Disposition", "attachment; filename=\"" + file_name + "\""}},
                    std::move(body)};
}

Response Response::redirect(std::string location) {
    return Response{303, {{"Location", std::move(location)}}, {}};
}

const std::string* Response::header(std::string_view name) const {
    for (const auto& [key, value] : headers) {
        if (key.size() == name.size() && strncasecmp(key.data(), name.data(), name.size()) == 0) {
            return &value;
        }
    }
    return nullptr;
}

void Response::set_header(std::string name, std::string value) {
    for (auto& [key, existing] : headers) {
        if (key.size() == name.size() && strncasecmp(key.data(), name.data(), name.size()) == 0) {
            existing = std::move(value);
            return;
        }
    }
    headers.emplace_back(std::move(name), std::move(value));
}

} // namespace leadline::web
