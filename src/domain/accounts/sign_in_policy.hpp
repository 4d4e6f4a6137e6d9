#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace leadline::domain {

// How long things last and how many tries are allowed, in one place so the docs can quote them.
struct SignInPolicy {
    // Failed sign-ins allowed per account and per address within the window before it locks.
    int failures_before_lock = 10;
    std::int64_t failure_window_seconds = 15 * 60;
    // A session ends after this long without a request, and in any case after the longest.
    std::int64_t session_idle_seconds = 60 * 60;
    std::int64_t session_longest_seconds = 12 * 60 * 60;
    // A sign-in link works once, within this time.
    std::int64_t link_valid_seconds = 7 * 24 * 60 * 60;
    // Last-seen times are written at most this often, so reading pages does not write each time.
    std::int64_t session_touch_seconds = 60;
};

// Whether a key (an account or an address) with this many recent failures may try again.
[[nodiscard]] inline bool sign_in_locked(const SignInPolicy& policy, int recent_failures) {
    return recent_failures >= policy.failures_before_lock;
}

// Whether a session last seen and created at these times is still good at `now`.
[[nodiscard]] bool session_alive(const SignInPolicy& policy, std::int64_t created_at,
                                 std::int64_t last_seen_at, std::int64_t now);

// What is wrong with a new password, in words for the person choosing it; empty when it will do.
// Length is what makes a password strong (NCSC guidance): at least 12 characters, no composition rules.
[[nodiscard]] std::vector<std::string> password_problems(std::string_view password, std::string_view email);

} // namespace leadline::domain
