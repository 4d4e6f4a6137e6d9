#include "domain/accounts/sign_in_policy.hpp"

#include <algorithm>

namespace leadline::domain {

namespace {

constexpr std::size_t shortest_password = 12;
constexpr std::size_t longest_password = 256;

// Counts characters rather than bytes, so "é" is one; the text is already known to be UTF-8.
std::size_t characters_in(std::string_view text) {
    std::size_t count = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) {
            ++count;
        }
    }
    return count;
}

} // namespace

bool session_alive(const SignInPolicy& policy, std::int64_t created_at, std::int64_t last_seen_at,
                   std::int64_t now) {
    return now - last_seen_at < policy.session_idle_seconds &&
           now - created_at < policy.session_longest_seconds;
}

std::vector<std::string> password_problems(std::string_view password, std::string_view email) {
    std::vector<std::string> problems;
    const auto length = characters_in(password);
    if (length < shortest_password) {
        problems.emplace_back("Your password must be at least 12 characters long. Three random words make a "
                              "good one.");
    } else if (length > longest_password) {
        problems.emplace_back("Your password must be 256 characters or fewer.");
    }
    const auto lower = [](std::string_view text) {
        std::string lowered(text);
        std::transform(lowered.begin(), lowered.end(), lowered.begin(), [](unsigned char c) {
            return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        });
        return lowered;
    };
    if (!email.empty() && lower(password) == lower(email)) {
        problems.emplace_back("Your password must not be your email address.");
    }
    return problems;
}

} // namespace leadline::domain
