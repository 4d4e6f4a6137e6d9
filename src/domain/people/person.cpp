#include "domain/people/person.hpp"

#include <algorithm>
#include <cctype>

namespace leadline::domain {

Result<std::string> normalise_email(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    const auto last = text.find_last_not_of(" \t");
    std::string email =
        first == std::string_view::npos ? std::string{} : std::string(text.substr(first, last - first + 1));
    std::transform(email.begin(), email.end(), email.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const auto at = email.find('@');
    const bool one_at = at != std::string::npos && email.find('@', at + 1) == std::string::npos;
    const bool has_local = at != std::string::npos && at > 0;
    const auto dot = one_at ? email.find('.', at + 2) : std::string::npos;
    const bool has_domain = dot != std::string::npos && dot + 1 < email.size();
    const bool no_spaces = std::none_of(email.begin(), email.end(), [](unsigned char c) {
        return std::isspace(c) || c == ',' || c == ';' || c == '<' || c == '>';
    });
    if (!one_at || !has_local || !has_domain || !no_spaces || email.size() > 254) {
        return fail(ErrorCode::InvalidInput,
                    "\"" + std::string(text) +
                        "\" is not an email address; write it like sam.jones@council.gov.uk");
    }
    return email;
}

} // namespace leadline::domain
