#include "app/security/invitation_token.hpp"

#include <array>
#include <stdexcept>

#include <sodium.h>

namespace leadline::app {

namespace {
constexpr std::size_t token_bytes = 32;

void ensure_sodium() {
    static const int ready = sodium_init();
    if (ready < 0) {
        throw std::runtime_error("libsodium could not start");
    }
}

std::string encode(const std::array<unsigned char, token_bytes>& bytes) {
    std::array<char, sodium_base64_ENCODED_LEN(token_bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING)> text{};
    sodium_bin2base64(text.data(), text.size(), bytes.data(), bytes.size(),
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    return std::string(text.data());
}
} // namespace

std::string new_invitation_token() {
    return new_secret_token();
}

std::string new_secret_token() {
    ensure_sodium();
    std::array<unsigned char, token_bytes> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    return encode(bytes);
}

std::string demo_invitation_token(domain::Rng& rng) {
    std::array<unsigned char, token_bytes> bytes{};
    for (std::size_t i = 0; i < bytes.size(); i += 8) {
        auto word = rng.next();
        for (std::size_t k = 0; k < 8; ++k) {
            bytes[i + k] = static_cast<unsigned char>(word >> (8 * k));
        }
    }
    return encode(bytes);
}

std::string hash_token(std::string_view token) {
    ensure_sodium();
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(token.data()), token.size());
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return std::string(hex.data());
}

} // namespace leadline::app
