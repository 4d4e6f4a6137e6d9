#include "app/security/password_hash.hpp"

#include <array>
#include <stdexcept>

#include <sodium.h>

namespace leadline::app {

namespace {

void ensure_sodium() {
    static const int ready = sodium_init();
    if (ready < 0) {
        throw std::runtime_error("libsodium could not start");
    }
}

// libsodium's "interactive" costs: 64 MiB and about a tenth of a second, as its documentation advises
// for online sign-in.
constexpr auto ops_limit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr auto memory_limit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

} // namespace

domain::Result<std::string> hash_password(std::string_view password) {
    ensure_sodium();
    std::array<char, crypto_pwhash_STRBYTES> hashed{};
    if (crypto_pwhash_str_alg(hashed.data(), password.data(), password.size(), ops_limit, memory_limit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return domain::fail(domain::ErrorCode::Unavailable,
                            "The server ran out of memory while protecting your password. Please try again.");
    }
    return std::string(hashed.data());
}

bool password_matches(const std::string& stored_hash, std::string_view password) {
    ensure_sodium();
    if (stored_hash.empty()) {
        spend_password_check_time(password);
        return false;
    }
    return crypto_pwhash_str_verify(stored_hash.c_str(), password.data(), password.size()) == 0;
}

void spend_password_check_time(std::string_view password) {
    // A fixed hash of a random secret: checking against it costs what a real check costs and never matches.
    static const std::string decoy = [] {
        std::array<unsigned char, 32> secret{};
        ensure_sodium();
        randombytes_buf(secret.data(), secret.size());
        auto hashed =
            hash_password(std::string_view(reinterpret_cast<const char*>(secret.data()), secret.size()));
        return hashed ? *hashed : std::string();
    }();
    if (!decoy.empty()) {
        const int never_matches = crypto_pwhash_str_verify(decoy.c_str(), password.data(), password.size());
        static_cast<void>(never_matches);
    }
}

} // namespace leadline::app
